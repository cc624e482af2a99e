package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// freshFact marks a function that takes no context and makes a fresh one,
// itself or through the functions it calls, so that a caller that has a
// context loses it.
type freshFact struct {
	Call   string // context.Background or context.TODO, or "" when Op takes no context at all
	Op     string // the operation the fresh context reaches, such as db.QueryRowContext
	Func   string // the function that calls it, such as example.com/store.open
	Site   string // where it does, as file.go:line
	Module string // the module of the function carrying the fact
}

func (*freshFact) AFact()         {}
func (*freshFact) String() string { return "freshContext" }

// origin is where a function's fresh context comes from.
type origin struct {
	call   string    // context.Background or context.TODO, or "" when op takes no context
	op     string    // the operation it reaches, as written: db.QueryRowContext
	fn     string    // the function that calls it
	module string    // the module of the function carrying the fact
	pos    token.Pos // the call, when it is in this package
	site   string    // file.go:line of the call
}

// funcInfo is what lost-in-callee knows of a function declared in the
// package being analyzed.
type funcInfo struct {
	fn       *types.Func
	decl     *ast.FuncDecl
	eligible bool          // takes no context, is no entry point, returns no context
	hasGo    bool          // starts goroutines: its fresh contexts may be their lifetimes
	origin   *origin       // where it, or a callee, makes a fresh context
	callees  []*types.Func // functions it calls synchronously
}

// pendingCall is a call made where a context is in scope, to a function
// that may make a fresh context.
type pendingCall struct {
	call   *ast.CallExpr
	callee *types.Func
	src    *ctxSource
}

// funcDecl registers a function declaration before the walk enters it.
func (c *checker) funcDecl(decl *ast.FuncDecl) {
	fn, ok := c.info.Defs[decl.Name].(*types.Func)
	if !ok || decl.Body == nil || !c.follow {
		return
	}
	fi := &funcInfo{fn: fn, decl: decl, eligible: !c.takesContext(decl) && !isEntry(c.pass.Pkg, decl) && !returnsContext(fn) && !isFixedMethod(fn) && !isCleanup(fn)}
	c.funcs[fn] = fi
	c.decls = append(c.decls, fi)
}

// takesContext reports whether decl has a context.Context or request
// parameter, blank or not.
func (c *checker) takesContext(decl *ast.FuncDecl) bool {
	for _, field := range decl.Type.Params.List {
		t := c.info.TypeOf(field.Type)
		if _, req := requestContext(t); req || match.IsContextType(t) {
			return true
		}
	}
	return false
}

// isEntry reports whether decl is main, init or TestMain, where contexts
// are born.
func isEntry(pkg *types.Package, decl *ast.FuncDecl) bool {
	if decl.Recv != nil {
		return false
	}
	switch decl.Name.Name {
	case "init", "TestMain":
		return true
	case "main":
		return pkg.Name() == "main"
	}
	return false
}

// isFixedMethod reports whether fn is a method whose signature an interface
// fixes (io.Closer's Close, fmt.Stringer's String, error's Error, Stop): it
// cannot take a context, so making its own is the best it can do.
func isFixedMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Params().Len() > 0 {
		return false
	}
	switch fn.Name() {
	case "Close", "Stop", "String", "Error":
		return true
	}
	return false
}

// returnsContext reports whether fn returns a context: it is a factory,
// and its callers decide what to do with the result.
func returnsContext(fn *types.Func) bool {
	res := fn.Signature().Results()
	for i := range res.Len() {
		if match.IsContextType(res.At(i).Type()) {
			return true
		}
	}
	return false
}

// infoOf returns the registered function declaration decl, or nil.
func (c *checker) infoOf(decl *ast.FuncDecl) *funcInfo {
	if decl == nil {
		return nil
	}
	fn, _ := c.info.Defs[decl.Name].(*types.Func)
	return c.funcs[fn]
}

// freshSite records a context.Background or TODO call made synchronously by
// a function that takes no context, when the fresh context reaches an
// operation that the caller's cancellation should stop: one that is not
// bounded by a timeout of its own, not a cleanup, and not stored.
func (c *checker) freshSite(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, pl place) {
	fi := c.infoOf(pl.decl)
	if fi == nil || pl.src != nil || fi.origin != nil || c.isNilDefault(cur) {
		return
	}
	use, op := c.freshUseOf(cur)
	if use != useCall || c.isExplainedDetach(cur) {
		return
	}
	c.setOrigin(fi, "context."+fn.Name(), op, call.Pos())
}

// unbound records a call, made synchronously by a function that takes no
// context, to a standard-library operation that has a variant taking one
// (db.Ping, http.Get): the callers' contexts cannot reach it either.
func (c *checker) unbound(call *ast.CallExpr, fn *types.Func, pl place) {
	fi := c.infoOf(pl.decl)
	if fi == nil || pl.src != nil || fi.origin != nil || fn.Pkg() == nil || !match.IsStd(fn.Pkg()) || !c.isBlockingStd(call, fn) {
		return
	}
	c.setOrigin(fi, "", call, call.Pos())
}

// isBlockingStd reports whether the standard-library function fn, called
// by call, does network, database or process work and has a variant that
// takes a context.
func (c *checker) isBlockingStd(call *ast.CallExpr, fn *types.Func) bool {
	switch {
	case match.IsFunc(fn, httpPath, "Get", "Head", "Post", "PostForm"),
		match.IsMethod(fn, httpPath, "Client", "Get", "Head", "Post", "PostForm"),
		match.IsMethod(fn, sqlPath, "DB", "Begin"):
		return true
	case match.IsFunc(fn, netPath, "Dial"):
		return len(call.Args) == 0 || !isLocalNetwork(c.info, call.Args[0])
	}
	switch fn.Pkg().Path() {
	case sqlPath, netPath, "os/exec":
		return c.sibling(call, fn) != nil
	}
	return false
}

// setOrigin records that fi reaches the operation op with a fresh context
// made by call (or with none, when call is "").
func (c *checker) setOrigin(fi *funcInfo, call string, op *ast.CallExpr, pos token.Pos) {
	p := c.pass.Fset.Position(pos)
	fi.origin = &origin{
		call:   call,
		op:     types.ExprString(op.Fun),
		fn:     fi.fn.FullName(),
		module: c.module(),
		pos:    pos,
		site:   filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line),
	}
}

// edge records that the function at pl calls fn synchronously.
func (c *checker) edge(call *ast.CallExpr, fn *types.Func, pl place) {
	fi := c.infoOf(pl.decl)
	if fi == nil || pl.src != nil || match.IsStd(fn.Pkg()) {
		return
	}
	fi.callees = append(fi.callees, fn)
}

// A freshUse says what happens to a fresh context. Larger values are more
// telling: a context stored anywhere is a lifetime, whatever else it does.
type freshUse int

const (
	useOther   freshUse = iota // compared, ignored, or used in a way not tracked
	useIgnored                 // passed to a function that ignores its context, or to an interface whose implementations all do
	useCleanup                 // passed to a cleanup (Stop, Close, Release...) that must outlive cancellation
	useDynamic                 // passed to a function value
	useLog                     // passed to a log function
	useBounded                 // passed to a call only after a timeout or deadline of its own
	useCall                    // passed to a statically known function that is not a log function
	useRoot                    // given to a trace propagator's Extract: the root of a remote trace
	useStored                  // returned, stored, given to a constructor or used by a goroutine
)

// freshUseOf classifies the most telling use of the fresh context made at
// cur, or of one derived from it with context.WithCancel and friends, or of
// a local variable holding either, and returns the call it is passed to
// when that use is useCall or useBounded. A stored context is the lifetime
// of something longer-lived than a call, such as a component started here.
func (c *checker) freshUseOf(cur inspector.Cursor) (freshUse, *ast.CallExpr) {
	return c.exprUse(cur, false, 2)
}

// exprUse classifies the use of the context-valued expression at cur;
// bounded says whether it already carries a timeout of its own, depth how
// many local variables may still be followed.
func (c *checker) exprUse(cur inspector.Cursor, bounded bool, depth int) (freshUse, *ast.CallExpr) {
	cur = astx.UnparenUp(cur)
	for cur.ParentEdgeKind() == edge.CallExpr_Args && cur.ParentEdgeIndex() == 0 {
		p := cur.Parent()
		call := p.Node().(*ast.CallExpr)
		fn := callee(c.info, call)
		if !isDerive(fn) {
			break
		}
		if c.isClientCarrier(call) {
			return useStored, nil // configuration for a client, not a request's lifetime
		}
		bounded = bounded || isBounding(fn)
		cur = astx.UnparenUp(p)
	}
	k, idx := cur.ParentEdge()
	switch k {
	case edge.ReturnStmt_Results, edge.CompositeLit_Elts, edge.KeyValueExpr_Value, edge.SendStmt_Value:
		return useStored, nil
	case edge.CallExpr_Args:
		call := cur.Parent().Node().(*ast.CallExpr)
		return c.callUse(call, bounded), call
	case edge.SelectorExpr_X:
		// ctx.Done() waits; a method of a context-holding value may do anything.
		if cur.Parent().ParentEdgeKind() == edge.CallExpr_Fun {
			call := cur.Parent().Parent().Node().(*ast.CallExpr)
			if bounded {
				return useBounded, call
			}
			return useCall, call
		}
		return useOther, nil
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		lhs, _, _ := astx.Sides(cur.Parent().Node())
		if len(lhs) > 1 && idx > 0 {
			lhs = lhs[idx : idx+1] // a, b := x, context.Background()
		}
		use, op := useOther, (*ast.CallExpr)(nil)
		for _, e := range lhs {
			if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			if !c.isLocal(e) {
				return useStored, nil
			}
			v := c.info.ObjectOf(ast.Unparen(e).(*ast.Ident)).(*types.Var) // isLocal saw through (ctx) = ...
			if isCancelFunc(v.Type()) && c.cancelEscapes(cur, v) {
				return useStored, nil // ctx, cancel := WithCancel(Background()) for a component's lifetime
			}
			if !match.IsContextType(v.Type()) {
				continue
			}
			if depth == 0 {
				continue // too far to follow: stay silent
			}
			if u, o := c.varUse(cur, v, bounded, depth-1); u > use {
				use, op = u, o
			}
		}
		return use, op
	}
	return useOther, nil
}

// varUse classifies the uses of the local context variable v in the
// function around cur, as exprUse does.
func (c *checker) varUse(cur inspector.Cursor, v *types.Var, bounded bool, depth int) (freshUse, *ast.CallExpr) {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return useOther, nil
	}
	use, op := useOther, (*ast.CallExpr)(nil)
	for id := range fn.Preorder((*ast.Ident)(nil)) {
		if c.info.Uses[id.Node().(*ast.Ident)] != v {
			continue
		}
		for range id.Enclosing((*ast.GoStmt)(nil)) {
			return useStored, nil
		}
		if u := astx.UnparenUp(id); u.ParentEdgeKind() == edge.AssignStmt_Rhs && !c.isLocalAssign(u) {
			return useStored, nil
		}
		if u, o := c.exprUse(id, bounded, depth); u > use {
			use, op = u, o
		}
	}
	return use, op
}

// isCancelFunc reports whether t is context.CancelFunc or
// context.CancelCauseFunc.
func isCancelFunc(t types.Type) bool {
	return match.IsNamed(t, contextPath, "CancelFunc") || match.IsNamed(t, contextPath, "CancelCauseFunc")
}

// cancelEscapes reports whether the cancel function v, declared in the
// function around cur, outlives it: returned, stored, sent, or captured by
// a closure other than a deferred one (a Start method that returns a
// cleanup calling cancel). The context it cancels is then the lifetime of
// a component the function starts, which its owner stops, not work the
// caller's cancellation should stop.
func (c *checker) cancelEscapes(cur inspector.Cursor, v *types.Var) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for id := range c.usesIn(fn, v) {
		for lit := range id.Enclosing((*ast.FuncLit)(nil)) {
			if lit == fn {
				break
			}
			if call := lit.Parent(); call.ParentEdgeKind() != edge.DeferStmt_Call {
				return true
			}
		}
		if c.leaves(astx.UnparenUp(id)) {
			return true
		}
	}
	return false
}

// usesIn yields the identifiers in fn that use the variable v.
func (c *checker) usesIn(fn inspector.Cursor, v *types.Var) iter.Seq[inspector.Cursor] {
	return func(yield func(inspector.Cursor) bool) {
		for id := range fn.Preorder((*ast.Ident)(nil)) {
			if c.info.Uses[id.Node().(*ast.Ident)] == v && !yield(id) {
				return
			}
		}
	}
}

// leaves reports whether the value of the expression at u leaves its
// function: returned, put in a composite literal, sent, or assigned to
// something that is not a local variable.
func (c *checker) leaves(u inspector.Cursor) bool {
	switch u.ParentEdgeKind() {
	case edge.ReturnStmt_Results, edge.CompositeLit_Elts, edge.KeyValueExpr_Value, edge.SendStmt_Value:
		return true
	case edge.AssignStmt_Rhs:
		return !c.isLocalAssign(u)
	}
	return false
}

// isLocalAssign reports whether the assignment whose right-hand side
// holds cur assigns only to local variables.
func (c *checker) isLocalAssign(cur inspector.Cursor) bool {
	for _, lhs := range cur.Parent().Node().(*ast.AssignStmt).Lhs {
		if !c.isLocal(lhs) {
			return false
		}
	}
	return true
}

// callUse classifies a fresh context passed to call.
func (c *checker) callUse(call *ast.CallExpr, bounded bool) freshUse {
	obj := callee(c.info, call)
	if obj == nil {
		return useDynamic
	}
	fn := obj.(*types.Func)
	switch {
	case c.isLogFunc(fn):
		return useLog
	case isCleanup(fn):
		return useCleanup
	case isPropagatorExtract(fn):
		return useRoot
	case isConstructor(fn):
		return useStored
	case c.ignoresContext(fn):
		return useIgnored
	case bounded:
		return useBounded
	}
	return useCall
}

// isBounding reports whether fn derives a context with a deadline.
func isBounding(fn types.Object) bool {
	return match.IsFunc(fn, contextPath, "WithTimeout", "WithTimeoutCause", "WithDeadline", "WithDeadlineCause")
}

// cleanupWords begin the names of functions that release or undo
// something: given a fresh context, they must run after cancellation.
var cleanupWords = []string{"close", "stop", "shutdown", "release", "unlock", "rollback", "cleanup", "teardown"}

// isCleanup reports whether fn's name begins with a cleanup word (Stop,
// Close, releaseAdvisoryLock, UnlockTable).
func isCleanup(fn *types.Func) bool {
	return hasLeadingWord(fn.Name(), cleanupWords...)
}

// hasLeadingWord reports whether the camel-case name begins with one of
// the lowercase words.
func hasLeadingWord(name string, words ...string) bool {
	lower := strings.ToLower(name)
	for _, w := range words {
		if strings.HasPrefix(lower, w) && (len(name) == len(w) || unicode.IsUpper(rune(name[len(w)]))) {
			return true
		}
	}
	return false
}

// isConstructor reports whether fn is a package-level NewX function that
// returns something other than an error or a context: a context given to it
// is the lifetime of what it builds (pgxpool.NewWithConfig).
func isConstructor(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() != nil || !hasLeadingWord(fn.Name(), "new") {
		return false
	}
	for i := range sig.Results().Len() {
		t := sig.Results().At(i).Type()
		if !match.IsContextType(t) && !match.IsErrorType(t) {
			return true
		}
	}
	return false
}

// otelPropagation is the import path of OpenTelemetry's propagators.
const otelPropagation = "go.opentelemetry.io/otel/propagation"

// isPropagatorExtract reports whether fn is the Extract method of an
// OpenTelemetry text-map propagator, which builds a context carrying a
// remote span: a fresh context given to it is a trace root on purpose.
func isPropagatorExtract(fn *types.Func) bool {
	return fn.Name() == "Extract" && fn.Signature().Recv() != nil && fn.Pkg() != nil && fn.Pkg().Path() == otelPropagation
}

// isClientCarrier reports whether call, a context derivation, is
// context.WithValue(ctx, oauth2.HTTPClient, client): golang.org/x/oauth2
// reads the HTTP client its token sources use from such a context, which
// carries configuration for a long-lived client, not a request's scope.
func (c *checker) isClientCarrier(call *ast.CallExpr) bool {
	if len(call.Args) != 3 {
		return false
	}
	var key *ast.Ident
	switch k := ast.Unparen(call.Args[1]).(type) {
	case *ast.Ident:
		key = k
	case *ast.SelectorExpr:
		key = k.Sel
	default:
		return false
	}
	v, ok := c.info.Uses[key].(*types.Var)
	return ok && v.Pkg() != nil && v.Pkg().Path() == oauth2Path && v.Name() == "HTTPClient"
}

// isDerive reports whether fn derives a context from its first argument.
func isDerive(fn types.Object) bool {
	return match.IsFunc(fn, contextPath, "WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause",
		"WithDeadline", "WithDeadlineCause", "WithValue", "WithoutCancel")
}

// propagate computes which functions of the package make a fresh context,
// themselves or through their callees, and exports a fact on each. A fact
// flows up a call only where the caller could pass a context on: to a
// callee of the same module, or to one with a variant taking a context.
func (c *checker) propagate() {
	for _, fi := range c.decls {
		if !fi.eligible || fi.hasGo {
			fi.eligible, fi.origin = false, nil
		}
	}
	for changed := true; changed; {
		changed = false
		for _, fi := range c.decls {
			if !fi.eligible || fi.origin != nil {
				continue
			}
			for _, callee := range fi.callees {
				if o := c.originOf(callee); o != nil && c.actionable(callee, o) {
					fi.origin = o
					changed = true
					break
				}
			}
		}
	}
	for _, fi := range c.decls {
		if o := fi.origin; o != nil {
			c.pass.ExportObjectFact(fi.fn, &freshFact{Call: o.call, Op: o.op, Func: o.fn, Site: o.site, Module: o.module})
		}
	}
}

// originOf returns where fn makes a fresh context, or nil if it does not.
// It does not follow calls into the standard library, which makes contexts
// legitimately (http.Get).
func (c *checker) originOf(fn *types.Func) *origin {
	if fn.Pkg() == c.pass.Pkg {
		if fi := c.funcs[fn]; fi != nil && fi.eligible {
			return fi.origin
		}
		return nil
	}
	if match.IsStd(fn.Pkg()) {
		return nil
	}
	var f freshFact
	if !c.pass.ImportObjectFact(fn, &f) {
		return nil
	}
	return &origin{call: f.Call, op: f.Op, fn: f.Func, site: f.Site, module: f.Module}
}

// actionable reports whether a caller of fn, whose fresh context comes
// from o, can do something about it: fn is code of its own module, which
// the team can change, or fn has a variant that takes a context. A
// third-party constructor that makes its own context, with no variant,
// leaves the caller nothing to pass the context to.
func (c *checker) actionable(fn *types.Func, o *origin) bool {
	return fn.Pkg() == c.pass.Pkg || o.module == c.module() || c.hasVariant(fn)
}

// module returns the path of the module being analyzed, or, when the driver
// does not say (GOPATH mode), a guess: the first element of the package
// path, or the first three on the common code hosts (github.com/owner/repo).
func (c *checker) module() string {
	if m := c.pass.Module; m != nil && m.Path != "" {
		return m.Path
	}
	elems := strings.Split(c.pass.Pkg.Path(), "/")
	switch elems[0] {
	case "github.com", "gitlab.com", "bitbucket.org":
		if len(elems) >= 3 {
			return strings.Join(elems[:3], "/")
		}
	}
	return elems[0]
}

// hasVariant reports whether fn has an exported variant taking a context
// first and then fn's parameters, as sibling finds for a call.
func (c *checker) hasVariant(fn *types.Func) bool {
	if fn.Pkg() == nil || cancelsNothing(fn.Pkg()) {
		return false
	}
	sig := fn.Signature()
	for _, suffix := range []string{"Context", "WithContext"} {
		name := fn.Name() + suffix
		var obj types.Object
		if recv := sig.Recv(); recv != nil {
			obj, _, _ = types.LookupFieldOrMethod(recv.Type(), true, fn.Pkg(), name)
		} else {
			obj = fn.Pkg().Scope().Lookup(name)
		}
		sib, ok := obj.(*types.Func)
		if ok && sib.Exported() && matchesWithContext(sig, sib.Signature()) {
			return true
		}
	}
	return false
}

// reportLost reports the calls, made where a context is in scope, to
// functions that lose it on the way to an operation, where the caller can
// act on it.
func (c *checker) reportLost() {
	for _, p := range c.pending {
		o := c.originOf(p.callee)
		if o == nil || c.reported[p.call] || !c.actionable(p.callee, o) {
			continue
		}
		name := types.ExprString(p.call.Fun)
		how := "with " + o.call
		if o.call == "" {
			how = "with no context"
		}
		where := ""
		if o.fn != p.callee.FullName() {
			where = " in " + shortFunc(o.fn)
		}
		d := analysis.Diagnostic{
			Pos:      p.call.Fun.Pos(),
			End:      p.call.Fun.End(),
			Category: catLost,
			Message: name + " calls " + o.op + " " + how + where +
				" (the context in scope is lost); pass " + p.src.text + " to it",
		}
		if o.pos.IsValid() {
			msg := o.op + " is called here"
			if o.call != "" {
				msg = o.call + " is made here for " + o.op
			}
			d.Related = append(d.Related, report.Related(report.Span(o.pos, o.pos), msg))
		} else if at := report.DeclaredAt(c.pass, p.callee); at.IsValid() {
			d.Related = append(d.Related, report.Related(report.Span(at, at),
				name+" reaches "+o.op+" in "+o.fn+" at "+o.site))
		}
		c.rep.Report(d)
	}
}

// shortFunc shortens a full function name to its package's last element:
// (*example.com/store.DB).open becomes (*store.DB).open.
func shortFunc(full string) string {
	i := strings.LastIndex(full, "/")
	if i < 0 {
		return full
	}
	j := strings.LastIndexAny(full[:i], "(*")
	return full[:j+1] + full[i+1:]
}
