package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// goStmt marks the enclosing function as one that starts goroutines, and
// reports a request's context passed to a goroutine that outlives its
// handler.
func (c *checker) goStmt(cur inspector.Cursor, g *ast.GoStmt) {
	c.startsGoroutine(cur)
	handler, req := c.handlerOf(cur)
	if req == nil {
		c.cancelledOnReturn(cur, g)
		return
	}
	if c.awaited(handler, g) {
		return
	}
	uses := c.requestContextUses(cur, req)
	if len(uses) == 0 {
		return
	}
	first := uses[0]
	what := types.ExprString(first)
	if !c.isRequestContext(first, req) {
		suffix, _ := requestContext(req.Type())
		what += ", derived from " + req.Name() + suffix + ","
	}
	d := analysis.Diagnostic{
		Pos:      first.Pos(),
		End:      first.End(),
		Category: catGoroutine,
		Message:  what + " is passed to a goroutine that outlives the handler (cancelled when it returns); use context.WithoutCancel",
		Related:  []analysis.RelatedInformation{report.Related(report.Span(g.Go, g.Go), "the goroutine starts here and is not awaited")},
	}
	if pkg := c.contextName(cur, g.Pos()); pkg != "" {
		var edits []analysis.TextEdit
		for _, u := range uses {
			edits = append(edits,
				analysis.TextEdit{Pos: u.Pos(), End: u.Pos(), NewText: []byte(pkg + ".WithoutCancel(")},
				analysis.TextEdit{Pos: u.End(), End: u.End(), NewText: []byte(")")})
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Use " + pkg + ".WithoutCancel", TextEdits: edits}}
	}
	c.rep.Report(d)
}

// startsGoroutine marks the function declared around cur as one that
// starts goroutines: its fresh contexts are likely their lifetimes.
func (c *checker) startsGoroutine(cur inspector.Cursor) {
	if d, ok := astx.EnclosingDecl(cur); ok {
		if fi := c.infoOf(d); fi != nil {
			fi.hasGo = true
		}
	}
}

// isGoCallee reports whether fn starts its function argument in a new
// goroutine, as (*sync.WaitGroup).Go does.
func isGoCallee(fn *types.Func) bool {
	return match.IsMethod(fn, "sync", "WaitGroup", "Go")
}

// handlerOf returns the HTTP handler, a function taking an
// http.ResponseWriter and an *http.Request or shaped like a framework's
// handler (func(*gin.Context), func(echo.Context) error), that the code at
// cur runs in synchronously, and its request parameter.
func (c *checker) handlerOf(cur inspector.Cursor) (inspector.Cursor, *types.Var) {
	fn, ok := frame(cur)
	for ok {
		if req, has := c.handlerParams(fn); has {
			return fn, req
		}
		switch fn.Node().(type) {
		case *ast.FuncDecl:
			return inspector.Cursor{}, nil
		case *ast.FuncLit:
			if !c.inlineClosure(fn) {
				return inspector.Cursor{}, nil
			}
		}
		fn, ok = frame(fn)
	}
	return inspector.Cursor{}, nil
}

// handlerParams returns the named request parameter of fn if fn has the
// parameters of an http.HandlerFunc, and whether fn has a context or
// request parameter at all (then the search stops).
func (c *checker) handlerParams(fn inspector.Cursor) (*types.Var, bool) {
	ft := funcType(fn)
	if ft == nil || ft.Params == nil {
		return nil, false
	}
	var req *types.Var
	writer, has := false, false
	for _, field := range ft.Params.List {
		t := c.info.TypeOf(field.Type)
		switch {
		case match.IsContextType(t):
			has = true
		case libs.RequestScopeOf(t) != nil:
			has = true
			if len(field.Names) == 1 && len(ft.Params.List) == 1 && c.isFrameworkHandler(ft) {
				if v, ok := c.info.Defs[field.Names[0]].(*types.Var); ok && v.Name() != "_" {
					return v, true
				}
			}
		case isRequest(t):
			has = true
			for _, name := range field.Names {
				if v, ok := c.info.Defs[name].(*types.Var); ok && name.Name != "_" && req == nil {
					req = v
				}
			}
		case t != nil && match.IsNamed(t, httpPath, "ResponseWriter"):
			writer = true
		}
	}
	if !writer {
		req = nil
	}
	return req, has
}

// isFrameworkHandler reports whether ft, whose one parameter is a
// framework's request context, has a handler's results: none, as gin's,
// or an error, as echo's and fiber's.
func (c *checker) isFrameworkHandler(ft *ast.FuncType) bool {
	if ft.Results == nil || len(ft.Results.List) == 0 {
		return true
	}
	return len(ft.Results.List) == 1 && len(ft.Results.List[0].Names) <= 1 && match.IsErrorType(c.info.TypeOf(ft.Results.List[0].Type))
}

// awaited reports whether the handler waits after starting g: it waits on a
// sync.WaitGroup or an errgroup.Group, receives from a channel or selects.
func (c *checker) awaited(handler inspector.Cursor, g *ast.GoStmt) bool {
	filter := []ast.Node{(*ast.CallExpr)(nil), (*ast.UnaryExpr)(nil), (*ast.SelectStmt)(nil), (*ast.RangeStmt)(nil)}
	for cur := range handler.Preorder(filter...) {
		if cur.Node().Pos() < g.End() {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			fn := callee(c.info, n)
			if match.IsMethod(fn, "sync", "WaitGroup", "Wait") ||
				match.IsMethod(fn, "golang.org/x/sync/errgroup", "Group", "Wait") {
				return true
			}
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				return true
			}
		case *ast.SelectStmt:
			return true
		case *ast.RangeStmt:
			if _, ok := types.Unalias(c.info.TypeOf(n.X)).Underlying().(*types.Chan); ok {
				return true
			}
		}
	}
	return false
}

// requestContextUses returns the places in the go statement at g where the
// request's context, or one derived from it, is passed on to a call. It
// returns none if the goroutine watches the context (Done, Err,
// context.AfterFunc): then its cancellation is what the goroutine wants.
func (c *checker) requestContextUses(g inspector.Cursor, req *types.Var) []ast.Expr {
	var uses []ast.Expr
	gs := g.Node()
	for cur := range g.Preorder((*ast.CallExpr)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			if !c.isRequestContext(n, req) {
				continue
			}
		case *ast.Ident:
			v, ok := c.info.Uses[n].(*types.Var)
			if !ok || v.IsField() || !match.IsContextType(v.Type()) || (v.Pos() >= gs.Pos() && v.Pos() < gs.End()) {
				continue
			}
			if !c.derivesFrom(v, req, 4) {
				continue
			}
		}
		use := astx.UnparenUp(cur)
		switch use.ParentEdgeKind() {
		case edge.SelectorExpr_X:
			switch use.Parent().Node().(*ast.SelectorExpr).Sel.Name {
			case "Done", "Err":
				return nil
			}
		case edge.CallExpr_Args:
			fn := callee(c.info, use.Parent().Node().(*ast.CallExpr))
			switch {
			case match.IsFunc(fn, contextPath, "WithoutCancel"), c.isDetaching(fn):
			case match.IsFunc(fn, contextPath, "AfterFunc"):
				return nil
			default:
				uses = append(uses, use.Node().(ast.Expr))
			}
		}
	}
	return uses
}

// isDetaching reports whether fn, a function of this package, wraps the
// context it is given in a type of its own that embeds context.Context and
// overrides Done: a hand-made context.WithoutCancel.
func (c *checker) isDetaching(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() != c.pass.Pkg || fn.Signature().Results().Len() != 1 {
		return false
	}
	if t := fn.Signature().Results().At(0).Type(); !match.IsContextType(t) {
		return overridesDone(t)
	}
	cur, ok := c.root.FindByPos(fn.Pos(), fn.Pos())
	if !ok {
		return false
	}
	decl, ok := cur.Parent().Node().(*ast.FuncDecl)
	if !ok || decl.Body == nil {
		return false
	}
	returns := 0
	for r := range cur.Parent().Preorder((*ast.ReturnStmt)(nil)) {
		ret := r.Node().(*ast.ReturnStmt)
		if len(ret.Results) != 1 || !overridesDone(c.info.TypeOf(ret.Results[0])) {
			return false
		}
		returns++
	}
	return returns > 0
}

// overridesDone reports whether t is a struct type, or a pointer to one,
// that embeds context.Context and declares its own Done method.
func overridesDone(t types.Type) bool {
	named, ok := types.Unalias(match.Deref(t)).(*types.Named)
	if !ok {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	embeds := false
	for f := range st.Fields() {
		if f.Embedded() && match.IsContextType(f.Type()) {
			embeds = true
		}
	}
	if !embeds {
		return false
	}
	for m := range named.Methods() {
		if m.Name() == "Done" {
			return true
		}
	}
	return false
}

// isRequestContext reports whether e is the request's context: req.Context()
// for an *http.Request req, or through a framework's request context req,
// req.Request.Context() (gin), req.Request().Context() (echo) or
// req.UserContext() (fiber).
func (c *checker) isRequestContext(e ast.Expr, req *types.Var) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := callee(c.info, call)
	if !match.IsMethod(fn, httpPath, "Request", "Context") && !match.IsMethod(fn, libs.FiberPath, "Ctx", "UserContext") {
		return false
	}
	// Walk the receiver down to the variable it starts from: r, c.Request
	// or c.Request().
	x := ast.Expr(call)
	for {
		switch n := ast.Unparen(x).(type) {
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok || len(n.Args) > 0 {
				return false
			}
			x = sel.X
		case *ast.SelectorExpr:
			x = n.X
		case *ast.Ident:
			return c.info.Uses[n] == req
		default:
			return false
		}
	}
}

// derivesFrom reports whether the local variable v is defined as the
// request's context or one derived from it with a cancellation.
func (c *checker) derivesFrom(v *types.Var, req *types.Var, depth int) bool {
	if depth == 0 || !match.IsLocal(v) {
		return false
	}
	def := c.localDef(v)
	for depth > 0 && def != nil {
		depth--
		def = ast.Unparen(def)
		if c.isRequestContext(def, req) {
			return true
		}
		switch e := def.(type) {
		case *ast.CallExpr:
			fn := callee(c.info, e)
			if !isDerive(fn) || match.IsFunc(fn, contextPath, "WithoutCancel") || len(e.Args) == 0 {
				return false
			}
			def = e.Args[0]
		case *ast.Ident:
			w, ok := c.info.Uses[e].(*types.Var)
			if !ok || !match.IsLocal(w) {
				return false
			}
			def = c.localDef(w)
		default:
			return false
		}
	}
	return false
}

// contextName returns the name under which the file at cur imports the
// context package, if it is visible at pos.
func (c *checker) contextName(cur inspector.Cursor, pos token.Pos) string {
	for f := range cur.Enclosing((*ast.File)(nil)) {
		for _, spec := range f.Node().(*ast.File).Imports {
			if path, err := strconv.Unquote(spec.Path.Value); err != nil || path != contextPath {
				continue
			}
			name := contextPath
			if spec.Name != nil {
				name = spec.Name.Name
			}
			scope := c.pass.Pkg.Scope().Innermost(pos)
			if scope == nil {
				return ""
			}
			if _, obj := scope.LookupParent(name, pos); obj != nil {
				if pn, ok := obj.(*types.PkgName); ok && pn.Imported().Path() == contextPath {
					return name
				}
			}
		}
	}
	return ""
}

// cancelledOnReturn reports a context that the function cancels when it
// returns (ctx, cancel := context.WithTimeout(...); defer cancel()) passed
// to a goroutine the function starts and then returns without waiting
// for: the goroutine's work stops as soon as the function returns, as a
// heartbeat started by a connect function does. It stays silent when the
// function does anything after the go statement but return or assign
// values (a loop, a call, a channel operation): then the function may
// outlive the goroutine on purpose, and cancel is how it stops it.
func (c *checker) cancelledOnReturn(cur inspector.Cursor, g *ast.GoStmt) {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok || c.worksAfter(fn, g) {
		return
	}
	for id := range cur.Preorder((*ast.Ident)(nil)) {
		v, ok := c.info.Uses[id.Node().(*ast.Ident)].(*types.Var)
		if !ok || !match.IsContextType(v.Type()) || v.Pos() >= g.Pos() && v.Pos() < g.End() {
			continue
		}
		cancel := c.deferredCancel(fn, v)
		if cancel == nil || !c.passedOn(id) {
			continue
		}
		c.rep.Report(analysis.Diagnostic{
			Pos:      id.Node().Pos(),
			End:      id.Node().End(),
			Category: catCancelled,
			Message: v.Name() + " is cancelled when the function returns (defer " + cancel.Name() +
				"()), but the goroutine started here outlives it and stops at once; give the goroutine a context of its own or wait for it",
			Related: []analysis.RelatedInformation{report.Related(report.Span(g.Go, g.Go), "the goroutine starts here and is not awaited")},
		})
		return
	}
}

// deferredCancel returns the cancel function of the local context v when
// fn's own body defines them together (v, cancel := context.WithX(...))
// and defers the cancel; nil otherwise.
func (c *checker) deferredCancel(fn inspector.Cursor, v *types.Var) *types.Var {
	if !match.IsLocal(v) {
		return nil
	}
	def, ok := c.root.FindByPos(v.Pos(), v.Pos()+token.Pos(len(v.Name())))
	if !ok {
		return nil
	}
	as, ok := def.Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 || def.ParentEdgeIndex() != 0 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok || !isDerive(callee(c.info, call)) {
		return nil
	}
	id, ok := as.Lhs[1].(*ast.Ident)
	if !ok {
		return nil
	}
	cancel, ok := c.info.ObjectOf(id).(*types.Var)
	if !ok {
		return nil
	}
	for d := range fn.Preorder((*ast.DeferStmt)(nil)) {
		if f, _ := astx.EnclosingFunc(d); f != fn {
			continue // a defer of a nested function literal
		}
		if dc, ok := ast.Unparen(d.Node().(*ast.DeferStmt).Call.Fun).(*ast.Ident); ok && c.info.Uses[dc] == cancel {
			return cancel
		}
	}
	return nil
}

// passedOn reports whether the context at id, inside a go statement, is
// given to a call that is not a detach, and not watched (Done, Err,
// context.AfterFunc: then stopping with it is the point).
func (c *checker) passedOn(id inspector.Cursor) bool {
	use := astx.UnparenUp(id)
	if use.ParentEdgeKind() != edge.CallExpr_Args {
		return false
	}
	fn := callee(c.info, use.Parent().Node().(*ast.CallExpr))
	return !match.IsFunc(fn, contextPath, "WithoutCancel", "AfterFunc") && !c.isDetaching(fn)
}

// worksAfter reports whether fn does more than assign and return values
// after the go statement g: a call, a loop, a select or a channel
// operation, any of which may keep it running as long as the goroutine.
func (c *checker) worksAfter(fn inspector.Cursor, g *ast.GoStmt) bool {
	for n := range fn.Preorder((*ast.CallExpr)(nil), (*ast.ForStmt)(nil), (*ast.RangeStmt)(nil),
		(*ast.SelectStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.SendStmt)(nil)) {
		if n.Node().Pos() < g.End() {
			continue
		}
		switch e := n.Node().(type) {
		case *ast.UnaryExpr:
			if e.Op != token.ARROW {
				continue
			}
		case *ast.CallExpr:
			if tv, ok := c.info.Types[e.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
				continue // a conversion or a builtin
			}
		}
		return true
	}
	return false
}
