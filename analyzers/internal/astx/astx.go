// Package astx holds syntax helpers shared by prodvet's analyzers.
package astx

import (
	"go/ast"
	"go/constant"
	"go/types"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// EnclosingFunc returns the cursor of the innermost function declaration or
// literal containing cur, and false at package level.
func EnclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return c, true
	}
	return inspector.Cursor{}, false
}

// EnclosingDecl returns the function declaration containing cur, through
// any function literals, and false at package level.
func EnclosingDecl(cur inspector.Cursor) (*ast.FuncDecl, bool) {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		return c.Node().(*ast.FuncDecl), true
	}
	return nil, false
}

// OutermostFunc returns the cursor of the outermost function declaration or
// literal containing cur (a literal only at package level, in a variable's
// initializer), and false at package level: the scope of a local variable
// captured by closures.
func OutermostFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	var outer inspector.Cursor
	found := false
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		outer, found = c, true
	}
	return outer, found
}

// FuncBody returns the body of a function declaration or literal, and nil
// for any other node and for a declaration without a body.
func FuncBody(fn ast.Node) *ast.BlockStmt {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		return fn.Body
	case *ast.FuncLit:
		return fn.Body
	}
	return nil
}

// FuncSignature returns the signature of a function declaration or
// literal, and nil for any other node.
func FuncSignature(info *types.Info, fn ast.Node) *types.Signature {
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if obj, ok := info.Defs[fn.Name].(*types.Func); ok {
			return obj.Signature()
		}
	case *ast.FuncLit:
		if sig, ok := info.TypeOf(fn).(*types.Signature); ok {
			return sig
		}
	}
	return nil
}

// UsedVar returns the variable that e, through parentheses, names where it
// is used (not where it is declared), and false for any other expression
// and for the blank identifier.
func UsedVar(info *types.Info, e ast.Expr) (*types.Var, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := info.Uses[id].(*types.Var)
	return v, ok
}

// UnparenUp returns the outermost cursor of the chain of parentheses around
// cur, so that the parent of the result is the expression's real context.
func UnparenUp(cur inspector.Cursor) inspector.Cursor {
	for cur.ParentEdgeKind() == edge.ParenExpr_X {
		cur = cur.Parent()
	}
	return cur
}

// ConstInt returns the value of e as an int64 if it is an integer constant
// (including typed constants such as time.Duration(0)).
func ConstInt(info *types.Info, e ast.Expr) (int64, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil {
		return 0, false
	}
	v := constant.ToInt(tv.Value)
	if v.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(v)
}

// ConstString returns the value of e if it is a string constant.
func ConstString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// Path is an access path from a variable through struct fields, such as
// c or s.client.HTTPClient: a syntax-independent name for where a value is
// stored. It is valid only within one package's type information.
type Path []types.Object

// PathOf returns the access path e denotes, or nil if e is not a variable,
// optionally followed by field selections (through pointers).
func PathOf(info *types.Info, e ast.Expr) Path {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if v, ok := info.ObjectOf(e).(*types.Var); ok {
			return Path{v}
		}
	case *ast.StarExpr:
		return PathOf(info, e.X)
	case *ast.SelectorExpr:
		if sel, ok := info.Selections[e]; ok {
			if sel.Kind() != types.FieldVal {
				return nil
			}
			if base := PathOf(info, e.X); base != nil {
				return append(base[:len(base):len(base)], sel.Obj())
			}
			return nil
		}
		// A qualified identifier: pkg.Var.
		if v, ok := info.Uses[e.Sel].(*types.Var); ok {
			return Path{v}
		}
	}
	return nil
}

// HasPrefix reports whether p starts with all of prefix.
func (p Path) HasPrefix(prefix Path) bool {
	if len(prefix) == 0 || len(prefix) > len(p) {
		return false
	}
	for i := range prefix {
		if p[i] != prefix[i] {
			return false
		}
	}
	return true
}

// Root returns the variable the path starts from.
func (p Path) Root() types.Object { return p[0] }

// Sides returns the left and right sides of an assignment or of a var or
// const spec (whose names are its left side), and ok false for any other
// node.
func Sides(n ast.Node) (lhs, rhs []ast.Expr, ok bool) {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs, n.Rhs, true
	case *ast.ValueSpec:
		lhs = make([]ast.Expr, len(n.Names))
		for i, name := range n.Names {
			lhs[i] = name
		}
		return lhs, n.Values, true
	}
	return nil, nil, false
}
