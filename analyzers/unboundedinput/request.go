package unboundedinput

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/inspector"
)

// reqKey names a request the server received, so that a limit put on its
// Body can be matched with the reads of it: the *http.Request variable, or
// the framework context whose request it is.
type reqKey struct {
	obj types.Object
	via string
}

// incomingReq reports whether the *http.Request e is a request the server
// received, and returns its key. Such requests are: the request parameter
// of a function shaped like a handler (it also takes an
// http.ResponseWriter), of a helper of this package that such a function
// passes its request to, the request of a gin or echo context, and
// variables and shallow copies (WithContext, Clone) of these.
func (c *checker) incomingReq(e ast.Expr, depth int) (reqKey, bool) {
	if depth > maxDepth || e == nil {
		return reqKey{}, false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := c.info.ObjectOf(e).(*types.Var)
		if !ok {
			return reqKey{}, false
		}
		if c.incoming[v] {
			return reqKey{obj: v}, true
		}
		for _, d := range c.defs[v] {
			if d.index <= 0 && !d.elem {
				if k, ok := c.incomingReq(d.rhs, depth+1); ok {
					return k, true
				}
			}
		}
	case *ast.SelectorExpr:
		if f := c.fieldVar(e); f != nil && f == c.f.ginRequest {
			return c.frameworkKey(e.X)
		}
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		switch {
		case match.IsMethod(fn, libs.EchoPath, "Context", "Request"):
			return c.frameworkKey(argOf(e, -1))
		case match.IsMethod(fn, httpPath, "Request", "WithContext", "Clone"):
			return c.incomingReq(argOf(e, -1), depth+1)
		}
	}
	return reqKey{}, false
}

// frameworkKey returns the key of the request of the gin or echo context
// x, which is always a request the server received.
func (c *checker) frameworkKey(x ast.Expr) (reqKey, bool) {
	if x == nil || !isFrameworkCtx(c.info.TypeOf(x)) {
		return reqKey{}, false
	}
	if p := astx.PathOf(c.info, x); len(p) > 0 {
		return reqKey{obj: p[len(p)-1], via: "ctx"}, true
	}
	return reqKey{via: types.ExprString(x)}, true
}

// propagateRequests marks the *http.Request parameters of this package's
// functions to which a received request is passed, until nothing changes.
func (c *checker) propagateRequests() {
	for range maxDepth {
		changed := false
		for _, cur := range c.calls {
			call := cur.Node().(*ast.CallExpr)
			fn := match.Callee(c.info, call)
			if fn == nil || c.decls[fn] == nil {
				continue
			}
			params := fn.Signature().Params()
			for i, arg := range call.Args {
				if i >= params.Len() {
					break
				}
				p := params.At(i)
				if c.incoming[p] || !match.IsNamedOrPointer(p.Type(), httpPath, "Request") {
					continue
				}
				if _, ok := c.incomingReq(arg, 0); ok {
					c.incoming[p] = true
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

// findLimits decides whether every request body of the package is
// bounded: by a router-level limit called here (found by the walk), by a
// middleware here that replaces a request's Body with a limited reader and
// passes the request on, or by such a package of the same module that this
// one imports (its fact). It exports the fact for this package.
func (c *checker) findLimits() {
	if c.limitedBy == "" {
		for _, a := range c.assigns {
			if _, ok := c.isLimit(a.rhs); !ok || c.isTestFile(a.cur.Node().Pos()) {
				continue
			}
			if fn, ok := enclosingFunc(a.cur); ok && c.nexts[fn] {
				c.limitedBy = "middleware " + funcName(fn)
				break
			}
		}
	}
	if c.limitedBy != "" {
		c.pass.ExportPackageFact(&bodyLimit{Module: c.module, Where: c.limitedBy})
		return
	}
	// The packages of the module this one imports, directly or not, in
	// a deterministic order. (Not AllPackageFacts: nogo does not provide
	// it.)
	var from []string
	seen := map[*types.Package]bool{c.pass.Pkg: true}
	queue := []*types.Package{c.pass.Pkg}
	for len(queue) > 0 {
		p := queue[0]
		queue = queue[1:]
		var bl bodyLimit
		if p != c.pass.Pkg && c.pass.ImportPackageFact(p, &bl) && bl.Module == c.module {
			from = append(from, bl.Where+" in "+p.Path())
		}
		for _, imp := range p.Imports() {
			if !seen[imp] && inModule(imp.Path(), c.module) {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	if len(from) > 0 {
		slices.Sort(from)
		c.limitedBy = from[0]
	}
}

func funcName(fn ast.Node) string {
	if d, ok := fn.(*ast.FuncDecl); ok {
		return d.Name.Name
	}
	return "literal"
}

// bodyBounded reports whether the body of the request key is bounded at
// position at: the package bounds every body (findLimits), or an
// assignment of a limited reader to its Body comes before at and either
// dominates at (it sits in a block that encloses at) or sits under
// conditions that test the limit itself (if max > 0 { r.Body = ... }),
// or the code compares the request's ContentLength with something before
// at (net/http cuts a body off at its declared length).
func (c *checker) bodyBounded(key reqKey, at token.Pos) bool {
	if c.limitedBy != "" {
		return true
	}
	for _, a := range c.assigns {
		if a.cur.Node().End() > at {
			continue
		}
		limit, ok := c.isLimit(a.rhs)
		if !ok {
			continue
		}
		if k, ok := c.incomingReq(a.req, 0); !ok || k != key {
			continue
		}
		if c.reaches(a.cur, at, limit) {
			return true
		}
	}
	for _, cmp := range c.compares {
		if cmp.pos >= at {
			continue
		}
		for _, x := range []ast.Expr{cmp.x, cmp.y} {
			sel, ok := ast.Unparen(x).(*ast.SelectorExpr)
			if !ok || c.fieldVar(sel) != c.f.reqContentLength || c.f.reqContentLength == nil {
				continue
			}
			if k, ok := c.incomingReq(sel.X, 0); ok && k == key {
				return true
			}
		}
	}
	return false
}

// reaches reports whether the statement at cur holds at position at: going
// up from it to the first block that encloses at, it passes only if
// statements whose conditions mention the limit.
func (c *checker) reaches(cur inspector.Cursor, at token.Pos, limit ast.Expr) bool {
	limitObjs := c.objectsIn(limit)
	for p := cur.Parent(); ; p = p.Parent() {
		n := p.Node()
		if n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			if n.Pos() <= at && at < n.End() {
				return true
			}
		case *ast.IfStmt:
			if !slices.ContainsFunc(c.objectsIn(n.Cond), func(o types.Object) bool { return slices.Contains(limitObjs, o) }) {
				return false
			}
		case *ast.File, *ast.FuncDecl, *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return false
		}
	}
}

// objectsIn returns the variables, fields and constants e mentions, by
// their last name: for s.max the field max, not s, so that a condition on
// s.debug does not pass for a limit of s.max.
func (c *checker) objectsIn(e ast.Expr) []types.Object {
	var objs []types.Object
	if e == nil {
		return nil
	}
	add := func(id *ast.Ident) {
		switch o := c.info.Uses[id].(type) {
		case *types.Var, *types.Const:
			objs = append(objs, o)
		}
	}
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			add(n.Sel)
			// s.max, a.b.c: the last name is what the path denotes. The
			// arguments of calls and indexes inside other operands count.
			return !isIdentOrSel(n.X)
		case *ast.Ident:
			add(n)
		}
		return true
	})
	return objs
}

// isIdentOrSel reports whether e is a name or a chain of selections of
// one (a.b.c): a path whose last name is what it denotes.
func isIdentOrSel(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return isIdentOrSel(e.X)
	}
	return false
}

// inModule reports whether the package path pkg is under the module
// path mod.
func inModule(pkg, mod string) bool {
	return pkg == mod || strings.HasPrefix(pkg, mod+"/")
}
