package unstructuredlog

import (
	"go/ast"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"golang.org/x/tools/go/ast/inspector"
)

// wrapperFact marks a function that forwards its final ...any parameter as
// the key-value pairs of a structured logger, and perhaps one of its string
// parameters as the message, so that its callers' arguments are checked as
// if they called the logger itself (vet's printf analyzer does the same for
// format wrappers).
type wrapperFact struct {
	Lib string // the logger's library: slog, zap, logr or klog
	Msg int    // index of the parameter forwarded as the message, or -1
}

func (*wrapperFact) AFact()         {}
func (*wrapperFact) String() string { return "kvwrapper" }

// forward is a call inside a function declaration that passes the
// function's own final ...any parameter on with "args...".
type forward struct {
	from   *types.Func
	decl   inspector.Cursor
	call   *ast.CallExpr
	callee *types.Func
}

// noteForward records call if it forwards its enclosing function's final
// ...any parameter as the spread final argument.
func (c *checker) noteForward(cur inspector.Cursor, call *ast.CallExpr, callee *types.Func) {
	if !call.Ellipsis.IsValid() {
		return
	}
	// A call in a package-level initializer has no enclosing function,
	// and the zero Cursor has no node: check ok before asking for it.
	decl, ok := astx.EnclosingFunc(cur)
	if !ok {
		return
	}
	fd, ok := decl.Node().(*ast.FuncDecl)
	if !ok || fd.Body == nil {
		return
	}
	from, ok := c.info.Defs[fd.Name].(*types.Func)
	if !ok {
		return
	}
	v := variadicAny(from.Signature())
	if v == nil || !c.refersTo(call.Args[len(call.Args)-1], v) {
		return
	}
	c.forwards = append(c.forwards, forward{from: from, decl: decl, call: call, callee: callee})
}

// variadicAny returns the final parameter of sig if it is ...any.
func variadicAny(sig *types.Signature) *types.Var {
	if !sig.Variadic() {
		return nil
	}
	last := sig.Params().At(sig.Params().Len() - 1)
	slice, ok := last.Type().(*types.Slice)
	if !ok {
		return nil
	}
	iface, ok := slice.Elem().Underlying().(*types.Interface)
	if !ok || !iface.Empty() {
		return nil
	}
	return last
}

// refersTo reports whether e is an identifier denoting v.
func (c *checker) refersTo(e ast.Expr, v *types.Var) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && c.info.Uses[id] == v
}

// inferWrappers finds the package's wrappers of key-value loggers, wrappers
// of wrappers included, and exports a fact for each.
func (c *checker) inferWrappers() {
	for changed := true; changed; {
		changed = false
		for _, f := range c.forwards {
			if c.wrappers[f.from] != nil {
				continue
			}
			if w := c.forwardsTo(f); w != nil {
				c.wrappers[f.from] = w
				c.order = append(c.order, f.from)
				changed = true
			}
		}
	}
	for _, fn := range c.order {
		c.pass.ExportObjectFact(fn, c.wrappers[fn])
	}
}

// forwardsTo returns the fact f.from earns by making call f, or nil.
func (c *checker) forwardsTo(f forward) *wrapperFact {
	var l libs.Logger
	var msg, kv int
	if a, ok := libs.LookupLog(f.callee); ok {
		if a.Shape != libs.ShapeKV || a.KV < 0 {
			return nil
		}
		l, msg, kv = a.Lib, a.Msg, a.KV
	} else if w := c.wrapperOf(f.callee); w != nil {
		l, msg, kv = libOf(w.Lib), w.Msg, f.callee.Signature().Params().Len()-1
	} else {
		return nil
	}
	off := recvArgs(c.info, f.call) // (*slog.Logger).Info(l, msg, args...)
	if msg >= 0 {
		msg += off
	}
	kv += off
	if libName(l) == "" || kv != len(f.call.Args)-1 {
		return nil
	}
	params := f.from.Signature().Params()
	args := params.At(params.Len() - 1)
	if c.assigns(f.decl, args) {
		return nil // the pairs are edited before they are logged
	}
	w := &wrapperFact{Lib: libName(l), Msg: -1}
	if msg >= 0 {
		for i := range params.Len() - 1 {
			if p := params.At(i); isString(p.Type()) && c.refersTo(f.call.Args[msg], p) {
				w.Msg = i
			}
		}
	}
	return w
}

// wrapperOf returns the wrapper fact of fn, from this package or another.
func (c *checker) wrapperOf(fn *types.Func) *wrapperFact {
	if w := c.wrappers[fn]; w != nil {
		return w
	}
	if fn.Pkg() == c.pass.Pkg {
		return nil
	}
	w := new(wrapperFact)
	if c.pass.ImportObjectFact(fn, w) && libOf(w.Lib) != 0 {
		return w
	}
	return nil
}

// assigns reports whether the function at decl assigns v or takes its address.
func (c *checker) assigns(decl inspector.Cursor, v *types.Var) bool {
	for cur := range decl.Preorder((*ast.AssignStmt)(nil), (*ast.UnaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if c.refersTo(lhs, v) {
					return true
				}
			}
		case *ast.UnaryExpr:
			if c.refersTo(n.X, v) {
				return true
			}
		}
	}
	return false
}
