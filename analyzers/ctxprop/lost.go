package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"

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
	Call string // context.Background or context.TODO
	Func string // the function that calls it, such as example.com/store.open
	Site string // where it does, as file.go:line
}

func (*freshFact) AFact()         {}
func (*freshFact) String() string { return "freshContext" }

// origin is where a function's fresh context comes from.
type origin struct {
	call string    // context.Background or context.TODO
	fn   string    // the function that calls it
	pos  token.Pos // the call, when it is in this package
	site string    // file.go:line of the call
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
	fi := &funcInfo{fn: fn, decl: decl, eligible: !c.takesContext(decl) && !isEntry(c.pass.Pkg, decl) && !returnsContext(fn) && !isFixedMethod(fn)}
	c.funcs[fn] = fi
	c.decls = append(c.decls, fi)
}

// takesContext reports whether decl has a context.Context or *http.Request
// parameter, blank or not.
func (c *checker) takesContext(decl *ast.FuncDecl) bool {
	for _, field := range decl.Type.Params.List {
		if t := c.info.TypeOf(field.Type); isContext(t) || isRequest(t) {
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
		if isContext(res.At(i).Type()) {
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
// a function that takes no context.
func (c *checker) freshSite(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, pl place) {
	fi := c.infoOf(pl.decl)
	if fi == nil || pl.src != nil || fi.origin != nil || c.isNilDefault(cur) || c.freshUseOf(cur) != useCall {
		return
	}
	pos := c.pass.Fset.Position(call.Pos())
	fi.origin = &origin{
		call: "context." + fn.Name(),
		fn:   fi.fn.FullName(),
		pos:  call.Pos(),
		site: filepath.Base(pos.Filename) + ":" + strconv.Itoa(pos.Line),
	}
}

// edge records that the function at pl calls fn synchronously.
func (c *checker) edge(call *ast.CallExpr, fn *types.Func, pl place) {
	fi := c.infoOf(pl.decl)
	if fi == nil || pl.src != nil || isStd(fn.Pkg()) {
		return
	}
	fi.callees = append(fi.callees, fn)
}

// A freshUse says what happens to a fresh context.
type freshUse int

const (
	useOther   freshUse = iota // compared, ignored, or used in a way not tracked
	useDynamic                 // passed to a function value
	useLog                     // passed to a log function
	useCall                    // passed to a statically known function that is not a log function
	useStored                  // returned, stored outside the function, or used by a goroutine
)

// freshUseOf classifies the most telling use of the fresh context made at
// cur, or of one derived from it with context.WithCancel and friends, or of
// a local variable holding either: stored beats passed to a call, which
// beats passed to a log function. A stored context is the lifetime of
// something longer-lived than a call, such as a component started here.
func (c *checker) freshUseOf(cur inspector.Cursor) freshUse {
	cur = astx.UnparenUp(cur)
	for cur.ParentEdgeKind() == edge.CallExpr_Args && cur.ParentEdgeIndex() == 0 {
		p := cur.Parent()
		if !isDerive(callee(c.info, p.Node().(*ast.CallExpr))) {
			break
		}
		cur = astx.UnparenUp(p)
	}
	k, idx := cur.ParentEdge()
	switch k {
	case edge.ReturnStmt_Results, edge.CompositeLit_Elts, edge.KeyValueExpr_Value, edge.SendStmt_Value:
		return useStored
	case edge.CallExpr_Args:
		fn := callee(c.info, cur.Parent().Node().(*ast.CallExpr))
		switch {
		case fn == nil:
			return useDynamic
		case c.isLogFunc(fn.(*types.Func)):
			return useLog
		}
		return useCall
	case edge.AssignStmt_Rhs, edge.ValueSpec_Values:
		var lhs []ast.Expr
		switch p := cur.Parent().Node().(type) {
		case *ast.AssignStmt:
			lhs = p.Lhs
		case *ast.ValueSpec:
			for _, id := range p.Names {
				lhs = append(lhs, id)
			}
		}
		if len(lhs) > 1 && idx > 0 {
			lhs = lhs[idx : idx+1] // a, b := x, context.Background()
		}
		use := useOther
		for _, e := range lhs {
			if id, ok := e.(*ast.Ident); ok && id.Name == "_" {
				continue
			}
			if !c.isLocal(e) {
				return useStored
			}
			v := c.info.ObjectOf(ast.Unparen(e).(*ast.Ident)).(*types.Var) // isLocal saw through (ctx) = ...
			if isContext(v.Type()) {
				use = max(use, c.varUse(cur, v))
			}
		}
		return use
	}
	return useOther
}

// varUse classifies the uses of the local context variable v in the
// function around cur, as freshUseOf does, without following further
// assignments.
func (c *checker) varUse(cur inspector.Cursor, v *types.Var) freshUse {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return useOther
	}
	use := useOther
	for id := range fn.Preorder((*ast.Ident)(nil)) {
		if c.info.Uses[id.Node().(*ast.Ident)] != v {
			continue
		}
		for range id.Enclosing((*ast.GoStmt)(nil)) {
			return useStored
		}
		u := astx.UnparenUp(id)
		k, _ := u.ParentEdge()
		switch k {
		case edge.ReturnStmt_Results, edge.CompositeLit_Elts, edge.KeyValueExpr_Value, edge.SendStmt_Value:
			return useStored
		case edge.AssignStmt_Rhs:
			for _, lhs := range u.Parent().Node().(*ast.AssignStmt).Lhs {
				if !c.isLocal(lhs) {
					return useStored
				}
			}
		case edge.CallExpr_Args:
			fn := callee(c.info, u.Parent().Node().(*ast.CallExpr))
			switch {
			case fn == nil:
				use = max(use, useDynamic)
			case c.isLogFunc(fn.(*types.Func)):
				use = max(use, useLog)
			case isDerive(fn):
				use = max(use, useCall) // derived again, as by WithTimeout: assume it is used
			default:
				use = max(use, useCall)
			}
		case edge.SelectorExpr_X:
			use = max(use, useCall) // a method of a context-holding value, or ctx.Done()
		}
	}
	return use
}

// isDerive reports whether fn derives a context from its first argument.
func isDerive(fn types.Object) bool {
	return match.IsFunc(fn, contextPath, "WithCancel", "WithCancelCause", "WithTimeout", "WithTimeoutCause",
		"WithDeadline", "WithDeadlineCause", "WithValue", "WithoutCancel")
}

// propagate computes which functions of the package make a fresh context,
// themselves or through their callees, and exports a fact on each.
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
				if o := c.originOf(callee); o != nil {
					fi.origin = o
					changed = true
					break
				}
			}
		}
	}
	for _, fi := range c.decls {
		if fi.origin != nil {
			c.pass.ExportObjectFact(fi.fn, &freshFact{Call: fi.origin.call, Func: fi.origin.fn, Site: fi.origin.site})
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
	if isStd(fn.Pkg()) {
		return nil
	}
	var f freshFact
	if !c.pass.ImportObjectFact(fn, &f) {
		return nil
	}
	return &origin{call: f.Call, fn: f.Func, site: f.Site}
}

// reportLost reports the calls, made where a context is in scope, to
// functions that make a fresh context instead.
func (c *checker) reportLost() {
	for _, p := range c.pending {
		o := c.originOf(p.callee)
		if o == nil || c.reported[p.call] {
			continue
		}
		name := types.ExprString(p.call.Fun)
		d := analysis.Diagnostic{
			Pos:      p.call.Fun.Pos(),
			End:      p.call.Fun.End(),
			Category: catLost,
			Message: name + " makes its own context with " + o.call +
				" (the context in scope is lost); pass " + p.src.text + " to it",
		}
		if o.pos.IsValid() {
			d.Related = append(d.Related, report.Related(report.Span(o.pos, o.pos), o.call+" is called here"))
		} else if p.callee.Pos().IsValid() {
			d.Related = append(d.Related, report.Related(report.Span(p.callee.Pos(), p.callee.Pos()),
				name+" reaches "+o.call+" in "+o.fn+" at "+o.site))
		}
		c.report(d)
	}
}
