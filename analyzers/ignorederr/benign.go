package ignorederr

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// benignErr is the fact that a function's error results cannot carry a
// failure worth reporting at its call sites: on every return they are nil
// (Kind "nil": zutils.ToString, a constructor that validates nothing), or
// nil or the error of a call that ignorederr lets drop, such as a print to
// a plain io.Writer (Kind "print": a CLI's env.Printf wrapping
// fmt.Fprintf(e.Stdout, ...)). Dropping it loses nothing the wrapped call
// would not lose.
type benignErr struct {
	Kind string // "nil" or "print"
}

func (*benignErr) AFact()           {}
func (f *benignErr) String() string { return "benignerr:" + f.Kind }

// exportBenign computes benignErr for the functions and methods declared in
// the package, to a fixed point (a wrapper of a wrapper), and exports it.
func (c *checker) exportBenign(funcs []errFunc) {
	c.benign = make(map[*types.Func]string)
	fixedPoint(funcs, func(f errFunc) bool {
		kind, ok := c.benignBody(f.fn, f.body)
		if ok {
			c.benign[f.fn] = kind
		}
		return ok
	})
	for _, f := range funcs { // in source order
		if kind, ok := c.benign[f.fn]; ok {
			c.pass.ExportObjectFact(f.fn, &benignErr{Kind: kind})
		}
	}
}

// errFunc is a function or method declared in the package being analyzed,
// with a body and an error result.
type errFunc struct {
	fn   *types.Func
	body *ast.BlockStmt
}

// errFuncs returns the functions and methods of the package that may earn
// a fact about their error results, in source order; none in the standard
// library, whose quiet calls are in the exclusion table.
func (c *checker) errFuncs() []errFunc {
	if match.IsStd(c.pass.Pkg) {
		return nil
	}
	var funcs []errFunc
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Name.Name == "_" {
				continue
			}
			if fn, ok := c.info.Defs[fd.Name].(*types.Func); ok && len(errResultsOf(fn.Signature().Results())) > 0 {
				funcs = append(funcs, errFunc{fn, fd.Body})
			}
		}
	}
	return funcs
}

// fixedPoint calls judge on every function it has not yet judged true,
// round after round until a round adds none, so that a wrapper is judged
// again once the function it wraps has earned its fact.
func fixedPoint(funcs []errFunc, judge func(errFunc) bool) {
	done := make(map[*types.Func]bool)
	for changed := true; changed; {
		changed = false
		for _, f := range funcs {
			if !done[f.fn] && judge(f) {
				done[f.fn] = true
				changed = true
			}
		}
	}
}

// isBenign reports whether fn's error results carry no failure worth
// reporting (see benignErr).
func (c *checker) isBenign(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if _, ok := c.benign[fn]; ok {
		return true
	}
	var f benignErr
	return !match.IsStd(fn.Pkg()) && fn.Pkg() != c.pass.Pkg && c.pass.ImportObjectFact(fn, &f)
}

// errResultsOf returns the indices of the error results in results: those
// whose type is the error interface, and the last if it implements error.
func errResultsOf(results *types.Tuple) []int {
	var idx []int
	last := results.Len() - 1
	for i := range results.Len() {
		if t := results.At(i).Type(); match.IsErrorType(t) || (i == last && match.IsErrorResult(t)) {
			idx = append(idx, i)
		}
	}
	return idx
}

// benignBody reports whether every return in body (outside function
// literals) gives fn's error results a benign value, and which kind.
func (c *checker) benignBody(fn *types.Func, body *ast.BlockStmt) (kind string, ok bool) {
	b := &benignScan{c: c, kind: "nil", params: make(map[*types.Var]bool)}
	for p := range fn.Signature().Params().Variables() {
		b.params[p] = true
	}
	ok = newErrFlow(c.info, body, b.call).returns(fn.Signature())
	return b.kind, ok
}

// errFlow follows the values that reach a function's error results back
// to the calls that made them, and asks accept about each call: a value
// must be nil, an error result of an accepted call, or a local variable
// (or named result) only ever set to those, its address never taken.
type errFlow struct {
	info   *types.Info
	body   *ast.BlockStmt
	accept func(call *ast.CallExpr) bool
	seen   map[*types.Var]bool
}

func newErrFlow(info *types.Info, body *ast.BlockStmt, accept func(*ast.CallExpr) bool) *errFlow {
	return &errFlow{info: info, body: body, accept: accept, seen: make(map[*types.Var]bool)}
}

// returns reports whether the body has a return (outside function
// literals) and every one gives the error results of a function of
// signature sig accepted values.
func (f *errFlow) returns(sig *types.Signature) bool {
	errs := errResultsOf(sig.Results())
	returns := 0
	ok := true
	ast.Inspect(f.body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			switch {
			case len(n.Results) == 0: // bare return of named results
				for _, i := range errs {
					ok = ok && f.variable(sig.Results().At(i))
				}
			case len(n.Results) == 1 && sig.Results().Len() > 1:
				call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr)
				ok = isCall && f.accept(call)
			default:
				for _, i := range errs {
					ok = ok && i < len(n.Results) && f.expr(n.Results[i])
				}
			}
		}
		return ok
	})
	return ok && returns > 0
}

// expr reports whether e, an error value, is nil, an accepted call's
// error or a local variable only ever set to those.
func (f *errFlow) expr(e ast.Expr) bool {
	e = ast.Unparen(e)
	if f.info.Types[e].IsNil() {
		return true
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		return f.accept(e)
	case *ast.Ident:
		v, ok := f.info.Uses[e].(*types.Var)
		return ok && f.variable(v)
	}
	return false
}

// variable reports whether v, declared in the body or a named result, is
// only ever assigned accepted values there, its address never taken.
func (f *errFlow) variable(v *types.Var) bool {
	if f.seen[v] {
		return true // judged by the assignments already being checked
	}
	f.seen[v] = true
	if v.Pos() < f.body.Pos() && v.Kind() != types.ResultVar {
		return false // a parameter: whatever the caller passed
	}
	ok := true
	ast.Inspect(f.body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		var lhs, rhs []ast.Expr
		switch n := n.(type) {
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && f.info.Uses[id] == v {
				ok = false
			}
			return ok
		case *ast.AssignStmt, *ast.ValueSpec:
			lhs, rhs, _ = astx.Sides(n)
		default:
			return true
		}
		for i, l := range lhs {
			id, isID := ast.Unparen(l).(*ast.Ident)
			if !isID || f.info.ObjectOf(id) != v || len(rhs) == 0 {
				continue
			}
			switch {
			case len(rhs) == len(lhs):
				ok = ok && f.expr(rhs[i])
			case len(rhs) == 1:
				call, isCall := ast.Unparen(rhs[0]).(*ast.CallExpr)
				ok = ok && isCall && f.isErrResult(call, i) && f.accept(call)
			default:
				ok = false
			}
		}
		return ok
	})
	return ok
}

// isErrResult reports whether result i of call is one of its error
// results.
func (f *errFlow) isErrResult(call *ast.CallExpr, i int) bool {
	tuple, ok := f.info.TypeOf(call).(*types.Tuple)
	return ok && slices.Contains(errResultsOf(tuple), i)
}

// benignScan judges the calls whose errors reach a function's error
// results.
type benignScan struct {
	c      *checker
	kind   string
	params map[*types.Var]bool // the function's parameters, not its receiver
}

// call reports whether the errors of call are benign: its callee has the
// fact, or ignorederr lets its error drop.
func (b *benignScan) call(call *ast.CallExpr) bool {
	fn := match.Callee(b.c.info, call)
	switch {
	case b.c.isBenign(fn):
		if b.c.benignKind(fn) == "print" {
			b.kind = "print"
		}
		return true
	case match.IsFunc(fn, "errors", "New", "Join", "Unwrap") || match.IsFunc(fn, "fmt", "Errorf"):
		return false // excluded because dropping one loses nothing; returning one is a failure
	case b.writesToParam(call):
		// Render(w io.Writer) writing to w: the caller picks the writer, and
		// a call site writing to a file must still be reported there.
		return false
	case b.c.excluded(call, fn):
		b.kind = "print"
		return true
	}
	return false
}

// writesToParam reports whether call may write to a parameter of the
// function (not its receiver): its first argument (fmt.Fprintf(w, ...)) or
// the receiver of the call (w.Write(p)) is one.
func (b *benignScan) writesToParam(call *ast.CallExpr) bool {
	var exprs []ast.Expr // where a write goes: the first argument or the receiver
	if len(call.Args) > 0 {
		exprs = append(exprs, call.Args[0])
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		exprs = append(exprs, sel.X)
	}
	for _, e := range exprs {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if v, ok := b.c.info.Uses[id].(*types.Var); ok && b.params[v] {
				return true
			}
		}
	}
	return false
}

// benignKind returns the kind of fn's benignErr fact.
func (c *checker) benignKind(fn *types.Func) string {
	if k, ok := c.benign[fn]; ok {
		return k
	}
	var f benignErr
	c.pass.ImportObjectFact(fn, &f)
	return f.Kind
}
