package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A ctxSource is the context in scope: a context.Context parameter, or the
// request context of an *http.Request parameter or of a web framework's
// request context (gin's *Context, echo's Context, fiber's *Ctx).
type ctxSource struct {
	param *types.Var // the parameter
	text  string     // how code writes the context: ctx or r.Context()
}

// place says where code runs: the context in scope, and the function
// declaration the code runs in synchronously (for lost-in-callee).
type place struct {
	src  *ctxSource
	decl *ast.FuncDecl // nil if the code runs in a goroutine, a defer or a callback that may outlive it
}

// placeOf returns where the code at cur runs. It walks out through function
// literals that run while their parent runs (called in place, passed to a
// synchronous callee, kept in a local variable), and stops at go and defer
// statements and at literals that may outlive their parent.
func (c *checker) placeOf(cur inspector.Cursor) place {
	var pl place
	searching := true // still looking for a context
	fn, ok := frame(cur)
	for ok {
		if searching {
			src, has := c.params(fn)
			if has {
				pl.src = src // nil when the context parameter is blank: deliberately unused
				searching = false
			}
		}
		switch n := fn.Node().(type) {
		case *ast.FuncDecl:
			pl.decl = n
			return pl
		case *ast.FuncLit:
			if !c.inlineClosure(fn) {
				return pl
			}
		}
		fn, ok = frame(fn)
	}
	return pl
}

// frame returns the innermost function enclosing cur, and false if there is
// none or if the code at cur runs after it, in a go or defer statement.
func frame(cur inspector.Cursor) (inspector.Cursor, bool) {
	for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return p, true
		case *ast.GoStmt, *ast.DeferStmt:
			return inspector.Cursor{}, false
		case *ast.File:
			return inspector.Cursor{}, false
		}
	}
	return inspector.Cursor{}, false
}

// funcType returns the type of the function declaration or literal at fn.
func funcType(fn inspector.Cursor) *ast.FuncType {
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

// params returns the context that the parameters of fn bring into scope, and
// whether fn has a context parameter at all. A context.Context parameter
// wins over a request (an *http.Request or a framework's request context);
// a blank or unnamed one brings none.
func (c *checker) params(fn inspector.Cursor) (*ctxSource, bool) {
	ft := funcType(fn)
	if ft == nil || ft.Params == nil {
		return nil, false
	}
	var req *ctxSource
	for _, field := range ft.Params.List {
		t := c.info.TypeOf(field.Type)
		switch {
		case match.IsContextType(t):
			for _, name := range field.Names {
				if v, ok := c.info.Defs[name].(*types.Var); ok && name.Name != "_" {
					return &ctxSource{param: v, text: name.Name}, true
				}
			}
			return nil, true
		case req == nil:
			suffix, ok := requestContext(t)
			if !ok {
				continue
			}
			for _, name := range field.Names {
				if v, ok := c.info.Defs[name].(*types.Var); ok && name.Name != "_" {
					req = &ctxSource{param: v, text: name.Name + suffix}
					break
				}
			}
		}
	}
	return req, req != nil
}

// requestContext reports whether t is a request, an *http.Request or a
// framework's request context, and how code gets its context.Context
// from a variable of type t.
func requestContext(t types.Type) (suffix string, ok bool) {
	if isRequest(t) {
		return ".Context()", true
	}
	if rs := libs.RequestScopeOf(t); rs != nil {
		return rs.Context, true
	}
	return "", false
}

// isRequest reports whether t is *http.Request.
func isRequest(t types.Type) bool {
	if t == nil {
		return false
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && match.IsNamed(p.Elem(), httpPath, "Request")
}

// inlineClosure reports whether the function literal at lit runs while its
// parent function runs, so that the parent's context is still valid in it.
// go and defer statements are handled by frame.
func (c *checker) inlineClosure(lit inspector.Cursor) bool {
	cur := astx.UnparenUp(lit)
	k, idx := cur.ParentEdge()
	switch k {
	case edge.CallExpr_Fun:
		return true // called in place
	case edge.CallExpr_Args:
		call := cur.Parent().Node().(*ast.CallExpr)
		if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() {
			return false // converted, as to http.HandlerFunc: kept for later
		}
		return !isAsyncCallee(callee(c.info, call))
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) != len(as.Rhs) || !c.isLocal(as.Lhs[idx]) {
			return false
		}
		return !c.funcValueEscapes(cur.Parent(), c.info.ObjectOf(ast.Unparen(as.Lhs[idx]).(*ast.Ident)).(*types.Var))
	case edge.ValueSpec_Values:
		// A local var declaration (package-level ones have no enclosing function).
		spec := cur.Parent().Node().(*ast.ValueSpec)
		if len(spec.Names) != len(spec.Values) {
			return false
		}
		v, ok := c.info.Defs[spec.Names[idx]].(*types.Var)
		return ok && !c.funcValueEscapes(cur.Parent(), v)
	}
	return false
}

// isLocal reports whether e is a variable local to a function.
func (c *checker) isLocal(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.info.ObjectOf(id).(*types.Var)
	return ok && match.IsLocal(v)
}

// isAsyncCallee reports whether fn is known to keep a function argument and
// call it later, after the caller may have returned, or to share it between
// callers (singleflight), so that detaching from the caller's context is
// deliberate.
func isAsyncCallee(fn types.Object) bool {
	if fn == nil {
		return false
	}
	return match.IsFunc(fn, "time", "AfterFunc") ||
		match.IsFunc(fn, contextPath, "AfterFunc") ||
		match.IsFunc(fn, "runtime", "SetFinalizer", "AddCleanup") ||
		match.IsFunc(fn, "sync", "OnceFunc", "OnceValue", "OnceValues") ||
		match.IsFunc(fn, httpPath, "HandleFunc") ||
		match.IsMethod(fn, httpPath, "ServeMux", "HandleFunc") ||
		match.IsMethod(fn, httpPath, "Server", "RegisterOnShutdown") ||
		match.IsMethod(fn, "testing", "common", "Cleanup") ||
		match.IsMethod(fn, "testing", "T", "Cleanup") ||
		match.IsMethod(fn, "golang.org/x/sync/singleflight", "Group", "Do", "DoChan")
}

// usable reports whether src can be written as src.text at pos: the name
// still denotes the parameter (or, for a context, another context).
func (c *checker) usable(src *ctxSource, pos token.Pos) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(src.param.Name(), pos)
	if obj == src.param {
		return true
	}
	v, ok := obj.(*types.Var)
	return ok && match.IsContextType(src.param.Type()) && match.IsContextType(v.Type())
}
