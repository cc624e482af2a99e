package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

const (
	sqlPath = "database/sql"
	netPath = "net"
)

// noVariant reports a call, made where a context is in scope, to a function
// that has a variant taking a context.
func (c *checker) noVariant(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, src *ctxSource) {
	const hazard = " does not take the context in scope (it ignores deadline and cancellation); use "
	name := types.ExprString(call.Fun)
	switch {
	case match.IsFunc(fn, httpPath, "Get", "Head", "Post", "PostForm"):
		c.variantDiag(call, name+hazard+"http.NewRequestWithContext and a client's Do", nil)
	case match.IsMethod(fn, httpPath, "Client", "Get", "Head", "Post", "PostForm"):
		c.variantDiag(call, name+hazard+"http.NewRequestWithContext and "+c.renamed(call, "Do"), nil)
	case match.IsFunc(fn, netPath, "Dial"):
		if len(call.Args) > 0 && isLocalNetwork(c.info, call.Args[0]) {
			return // a unix socket connects at once
		}
		c.variantDiag(call, name+hazard+"(*net.Dialer).DialContext", nil)
	case match.IsMethod(fn, sqlPath, "DB", "Begin"):
		// Begin is BeginTx with default options.
		edits := c.renameEdits(call, "BeginTx", src)
		if edits != nil {
			edits = append(edits, analysis.TextEdit{Pos: call.Rparen, End: call.Rparen, NewText: []byte(", nil")})
		}
		c.variantDiag(call, name+hazard+c.renamed(call, "BeginTx"), c.fix("BeginTx", edits))
	case libs.IsGormTerminal(fn):
		c.gormChain(cur, call, fn, src)
	default:
		sib := c.sibling(call, fn)
		if sib == nil || (c.isLogFunc(fn) && !c.cfg.LogFuncs) || c.contextAttachedLater(cur, fn, src) || c.inside(cur, sib) {
			return
		}
		if c.follow && c.ignoresContext(sib) {
			return // the variant ignores its context: it cancels nothing either
		}
		c.variantDiag(call, name+hazard+c.renamed(call, sib.Name()), c.fix(sib.Name(), c.renameEdits(call, sib.Name(), src)))
	}
}

// inside reports whether the code at cur is in the declaration of fn, as
// when CommandContext calls Command and then sets the context.
func (c *checker) inside(cur inspector.Cursor, fn *types.Func) bool {
	d, ok := astx.EnclosingDecl(cur)
	return ok && c.info.Defs[d.Name] == fn
}

// contextAttachedLater reports whether the value that the call at cur
// builds (an *http.Request, a go-swagger params struct) is given the
// context in scope in the same function: by a chained .WithContext(ctx) or
// .SetContext(ctx), or through a local variable req that is used as
// req.WithContext(...), req.SetContext(...) or req.Clone(...), given a
// Context field (req.Context = ctx), or passed to a call that also takes the
// context (the ctxhttp.Do(ctx, client, req) style).
func (c *checker) contextAttachedLater(cur inspector.Cursor, fn *types.Func, src *ctxSource) bool {
	if fn.Signature().Results().Len() == 0 {
		return false
	}
	cur = astx.UnparenUp(cur)
	if c.attaches(cur) {
		return true // NewXParams().WithContext(ctx)
	}
	if cur.ParentEdgeKind() != edge.AssignStmt_Rhs {
		return false
	}
	as := cur.Parent().Node().(*ast.AssignStmt)
	if len(as.Rhs) != 1 || !c.isLocal(as.Lhs[0]) {
		return false
	}
	v := c.info.ObjectOf(ast.Unparen(as.Lhs[0]).(*ast.Ident)) // (req), err = ... is valid Go
	body, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for id := range body.Preorder((*ast.Ident)(nil)) {
		if id.Node().Pos() < as.End() || c.info.Uses[id.Node().(*ast.Ident)] != v {
			continue
		}
		u := astx.UnparenUp(id)
		switch u.ParentEdgeKind() {
		case edge.SelectorExpr_X:
			if c.attaches(u) {
				return true
			}
			sel := u.Parent()
			if sel.Node().(*ast.SelectorExpr).Sel.Name == "Context" && sel.ParentEdgeKind() == edge.AssignStmt_Lhs {
				return true // req.Context = ctx
			}
		case edge.CallExpr_Args:
			for _, arg := range u.Parent().Node().(*ast.CallExpr).Args {
				if c.mentions(arg, src.param) {
					return true
				}
			}
		}
	}
	return false
}

// attaches reports whether the value at cur has a method called on it that
// gives it a context: x.WithContext(...), x.SetContext(...) or x.Clone(...).
func (c *checker) attaches(cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() != edge.SelectorExpr_X || cur.Parent().ParentEdgeKind() != edge.CallExpr_Fun {
		return false
	}
	call := cur.Parent().Parent().Node().(*ast.CallExpr)
	fn := match.Callee(c.info, call)
	if fn == nil || fn.Signature().Recv() == nil || !takesContextFirst(fn.Signature()) {
		return false
	}
	switch fn.Name() {
	case "WithContext", "SetContext", "Clone":
		return true
	}
	return false
}

// mentions reports whether e is v or v.Context().
func (c *checker) mentions(e ast.Expr, v *types.Var) bool {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Context" {
			e = ast.Unparen(sel.X)
		}
	}
	id, ok := e.(*ast.Ident)
	return ok && c.info.Uses[id] == v
}

// variantDiag queues a no-ctx-variant diagnostic on the called function.
func (c *checker) variantDiag(call *ast.CallExpr, msg string, fixes []analysis.SuggestedFix) {
	c.rep.Report(analysis.Diagnostic{
		Pos:            call.Fun.Pos(),
		End:            call.Fun.End(),
		Category:       catNoVariant,
		Message:        msg,
		SuggestedFixes: fixes,
	})
	c.reported[call] = true
}

// fix returns a suggested fix named for the function it switches to, or
// none if there are no edits.
func (c *checker) fix(to string, edits []analysis.TextEdit) []analysis.SuggestedFix {
	if edits == nil {
		return nil
	}
	return []analysis.SuggestedFix{{Message: "Use " + to, TextEdits: edits}}
}

// renamed renders the called function of call renamed to name: db.Query
// becomes db.QueryContext.
func (c *checker) renamed(call *ast.CallExpr, name string) string {
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return types.ExprString(fun.X) + "." + name
	}
	return name
}

// renameEdits returns the edits that rename the called function of call to
// name and pass the context in scope first, or nil if that is not
// mechanical: the function is instantiated explicitly, called as a method
// expression, or the context's name is shadowed.
func (c *checker) renameEdits(call *ast.CallExpr, name string, src *ctxSource) []analysis.TextEdit {
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		id = fun.Sel
	}
	if id == nil || !c.usable(src, call.Lparen) {
		return nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return nil // (*sql.DB).Begin(db): the receiver comes before the context
		}
	}
	arg := src.text
	if len(call.Args) > 0 {
		arg += ", "
	}
	return []analysis.TextEdit{
		{Pos: id.Pos(), End: id.End(), NewText: []byte(name)},
		{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(arg)},
	}
}

// sibling returns the variant of the function call calls that takes a
// context first and otherwise the same parameters: FContext or
// FWithContext, declared in the same package or on the same receiver. The
// variant may add a trailing variadic parameter of options (the AWS SDK's
// ...request.Option).
func (c *checker) sibling(call *ast.CallExpr, fn *types.Func) *types.Func {
	sig, ok := c.info.TypeOf(call.Fun).(*types.Signature)
	if !ok || takesContextFirst(sig) || fn.Pkg() == nil || cancelsNothing(fn.Pkg()) || hasUnlikeVariant(fn) {
		return nil
	}
	for _, suffix := range []string{"Context", "WithContext"} {
		name := fn.Name() + suffix
		var sib *types.Func
		var sibSig *types.Signature
		if fn.Signature().Recv() != nil {
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			selection, ok := c.info.Selections[sel]
			if !ok || selection.Kind() != types.MethodVal {
				return nil
			}
			obj, _, _ := types.LookupFieldOrMethod(selection.Recv(), true, c.pass.Pkg, name)
			sib, _ = obj.(*types.Func)
			if sib != nil {
				sibSig = sib.Signature()
			}
		} else {
			if fn.Signature().TypeParams().Len() > 0 {
				return nil
			}
			sib, _ = fn.Pkg().Scope().Lookup(name).(*types.Func)
			if sib != nil && sib.Signature().TypeParams().Len() == 0 {
				sibSig = sib.Signature()
			}
		}
		if sibSig == nil || (!sib.Exported() && sib.Pkg() != c.pass.Pkg) {
			continue
		}
		if matchesWithContext(sig, sibSig) {
			return sib
		}
	}
	return nil
}

// uncancellable lists, by module path, libraries whose context-taking
// variants cancel nothing: goccy/go-json hands the context to custom
// marshalers only, and gopsutil reads /proc and carries settings in it.
var uncancellable = []string{
	"github.com/goccy/go-json",
	"github.com/shirou/gopsutil/v3",
	"github.com/shirou/gopsutil/v4",
}

// cancelsNothing reports whether pkg belongs to a library of uncancellable.
func cancelsNothing(pkg *types.Package) bool {
	for _, mod := range uncancellable {
		if p := pkg.Path(); p == mod || strings.HasPrefix(p, mod+"/") {
			return true
		}
	}
	return false
}

// unlikeVariants are functions whose Context variant is not the same
// operation with a context, so proposing it would change what the code
// does. go-oidc's (*Provider).VerifierContext ignores the context's
// cancellation and builds a new remote key set, losing the key cache, on
// every call. Add a row only with a reference to the variant's docs.
var unlikeVariants = []match.FuncName{
	{Pkg: "github.com/coreos/go-oidc/v3/oidc", Type: "Provider", Name: "Verifier"},
	{Pkg: "github.com/coreos/go-oidc", Type: "Provider", Name: "Verifier"},
}

// hasUnlikeVariant reports whether fn's Context variant is not its
// equivalent (unlikeVariants).
func hasUnlikeVariant(fn *types.Func) bool {
	return slices.Contains(unlikeVariants, match.NameOf(fn))
}

// takesContextFirst reports whether sig's first parameter is a context.
func takesContextFirst(sig *types.Signature) bool {
	return sig.Params().Len() > 0 && match.IsContextType(sig.Params().At(0).Type())
}

// matchesWithContext reports whether with takes a context and then the
// parameters of sig, optionally followed by a variadic parameter when sig
// is not variadic.
func matchesWithContext(sig, with *types.Signature) bool {
	p, q := sig.Params(), with.Params()
	if !takesContextFirst(with) {
		return false
	}
	n := p.Len()
	switch {
	case q.Len() == n+1 && sig.Variadic() == with.Variadic():
	case q.Len() == n+2 && !sig.Variadic() && with.Variadic():
	default:
		return false
	}
	for i := range n {
		if !types.Identical(p.At(i).Type(), q.At(i+1).Type()) {
			return false
		}
	}
	return true
}

// logNames are the method names of loggers, whose *Context variants only
// attach the context's values to the record.
var logNames = []string{"Trace", "Debug", "Info", "Warn", "Warning", "Error", "Fatal", "Panic", "Log", "Print"}

// isLogFunc reports whether fn logs: it is in log/slog, or named like a
// logger's level method (Info, Infof, Errorw, Println...).
func (c *checker) isLogFunc(fn *types.Func) bool {
	if fn.Pkg() != nil && fn.Pkg().Path() == "log/slog" {
		return true
	}
	name := fn.Name()
	for _, suffix := range []string{"f", "ln", "w"} {
		if base, ok := strings.CutSuffix(name, suffix); ok && slices.Contains(logNames, base) {
			return true
		}
	}
	return slices.Contains(logNames, name)
}

// isLocalNetwork reports whether e is a constant naming a unix-domain
// network.
func isLocalNetwork(info *types.Info, e ast.Expr) bool {
	s, ok := astx.ConstString(info, e)
	return ok && strings.HasPrefix(s, "unix")
}

// gormChain reports a gorm statement built from a *gorm.DB stored in a field
// or a package variable with no WithContext anywhere in the chain.
func (c *checker) gormChain(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, src *ctxSource) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	root, direct := c.gormRoot(sel.X, 3)
	if root == nil {
		return
	}
	var fixes []analysis.SuggestedFix
	if direct && c.usable(src, call.Pos()) {
		fixes = []analysis.SuggestedFix{{
			Message:   "Call WithContext(" + src.text + ")",
			TextEdits: []analysis.TextEdit{{Pos: root.End(), End: root.End(), NewText: []byte(".WithContext(" + src.text + ")")}},
		}}
	}
	r := types.ExprString(root)
	c.rep.Report(analysis.Diagnostic{
		Pos:      sel.Sel.Pos(),
		End:      call.End(),
		Category: catNoVariant,
		Message: "gorm " + fn.Name() + " on " + r + " does not take the context in scope (no WithContext); use " +
			r + ".WithContext(" + src.text + ")",
		SuggestedFixes: fixes,
	})
	c.reported[call] = true
}

// gormRoot follows a chain of *gorm.DB method calls down to the value it
// starts from and returns it if the chain never binds a context and starts
// from a field or a package variable, which hold no request's context.
// direct is false when the chain continues through a local variable. It
// returns nil whenever it cannot tell: a parameter or a local variable may
// already carry a context (db.Transaction's tx does).
func (c *checker) gormRoot(x ast.Expr, depth int) (root ast.Expr, direct bool) {
	for {
		x = ast.Unparen(x)
		call, ok := x.(*ast.CallExpr)
		if !ok {
			break
		}
		fn := match.Callee(c.info, call)
		if fn == nil || !match.IsMethod(fn, libs.GormPath, "DB", fn.Name()) {
			return nil, false
		}
		switch fn.Name() {
		case "WithContext", "Session", "Begin", "Transaction":
			return nil, false // binds a context, or may (Session's Context field)
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil, false
		}
		x = sel.X
	}
	if !match.IsNamedOrPointer(c.info.TypeOf(x), libs.GormPath, "DB") {
		return nil, false
	}
	switch x := x.(type) {
	case *ast.SelectorExpr:
		if sel, ok := c.info.Selections[x]; ok && sel.Kind() == types.FieldVal {
			return x, true
		}
		if v, ok := c.info.Uses[x.Sel].(*types.Var); ok && match.IsPackageLevel(v) {
			return x, true // pkg.DB
		}
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok {
			return nil, false
		}
		if match.IsPackageLevel(v) {
			return x, true
		}
		if depth == 0 {
			return nil, false
		}
		if def := c.localDef(v); def != nil {
			if root, _ := c.gormRoot(def, depth-1); root != nil {
				return root, false
			}
		}
	}
	return nil, false
}

// localDef returns the expression that defines the local variable v in
// v := e or var v = e, or nil.
func (c *checker) localDef(v *types.Var) ast.Expr {
	cur, ok := c.root.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return nil
	}
	id, ok := cur.Node().(*ast.Ident)
	if !ok || c.info.Defs[id] != v {
		return nil
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			return p.Rhs[cur.ParentEdgeIndex()]
		}
		if len(p.Rhs) == 1 && cur.ParentEdgeIndex() == 0 {
			return p.Rhs[0]
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			return p.Values[cur.ParentEdgeIndex()]
		}
		if len(p.Values) == 1 && cur.ParentEdgeIndex() == 0 {
			return p.Values[0]
		}
	}
	return nil
}
