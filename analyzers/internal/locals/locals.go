// Package locals indexes what a package does with its variables: the
// values each one is given, the fields set on it, and every other mention.
// Analyzers that ask "what does this variable hold here?" build one Index
// per pass, after their fast path, and look variables up in it instead of
// walking function bodies again for each question.
package locals

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// An Assign is one value given to a variable by a declaration or an
// assignment statement.
type Assign struct {
	Stmt  ast.Node    // the *ast.AssignStmt or *ast.ValueSpec
	Tok   token.Token // token.DEFINE for := and var declarations; the assignment's operator otherwise
	Value ast.Expr    // the value, or nil for one of several results of a call
	Scope ast.Node    // the block or case clause holding the statement (the file for a package-level var)
}

// End returns where the assignment's statement ends: its value holds after it.
func (a Assign) End() token.Pos { return a.Stmt.End() }

// A FieldSet is an assignment v.F = value to a field of the variable.
type FieldSet struct {
	Field *types.Var
	Value ast.Expr
	Stmt  *ast.AssignStmt
}

// A Var is what the package does with one variable.
type Var struct {
	Declared bool               // declared by a var declaration or :=, not a parameter, result or range variable
	Assigns  []Assign           // values given, in source order; a var declaration without values gives none
	Fields   []FieldSet         // fields set on it, in source order
	Uses     []inspector.Cursor // every other mention, in source order (v.F = x is one, too)
}

// Binding returns the one value v is defined with (x := e, var x = e),
// when it is never assigned again.
func (v *Var) Binding() (ast.Expr, bool) {
	if len(v.Assigns) != 1 || v.Assigns[0].Tok != token.DEFINE || v.Assigns[0].Value == nil {
		return nil, false
	}
	return v.Assigns[0].Value, true
}

// LastBefore returns the assignment that last gave v a value before pos,
// skipping those ignore accepts, when it runs whenever the code at pos
// runs: its statement sits in a block that encloses pos. Only
// straight-line code is trusted: when the last assignment is in a branch
// (or in another function), the value at pos is not known.
func (v *Var) LastBefore(pos token.Pos, ignore func(Assign) bool) (Assign, bool) {
	var best Assign
	found := false
	for _, a := range v.Assigns {
		if (ignore == nil || !ignore(a)) && a.End() < pos && (!found || a.End() > best.End()) {
			best, found = a, true
		}
	}
	if !found || best.Scope == nil || !(best.Scope.Pos() <= pos && pos < best.Scope.End()) {
		return Assign{}, false
	}
	return best, true
}

// Source returns the expression an assignment takes its value from: the
// value, or for one of several results (x, err := f()) the call.
func (a Assign) Source() ast.Expr {
	if a.Value != nil {
		return a.Value
	}
	switch s := a.Stmt.(type) {
	case *ast.AssignStmt:
		if len(s.Rhs) == 1 {
			return s.Rhs[0]
		}
	case *ast.ValueSpec:
		if len(s.Values) == 1 {
			return s.Values[0]
		}
	}
	return nil
}

// Values returns the values v is given, in source order, with nil for the
// unknown ones.
func (v *Var) Values() []ast.Expr {
	values := make([]ast.Expr, len(v.Assigns))
	for i, a := range v.Assigns {
		values[i] = a.Value
	}
	return values
}

// An Index holds the Vars of the variables (locals and package-level
// ones, not fields) a package's syntax mentions.
type Index struct {
	vars map[*types.Var]*Var
}

// New indexes the variables mentioned under root, in one walk of its
// identifiers.
func New(info *types.Info, root inspector.Cursor) *Index {
	ix := &Index{vars: make(map[*types.Var]*Var)}
	for cur := range root.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		v, ok := info.ObjectOf(id).(*types.Var)
		if !ok || v.IsField() {
			continue
		}
		ix.add(info, cur, id, v)
	}
	return ix
}

// Of returns what the package does with v; a variable never seen has an
// empty Var, never nil.
func (ix *Index) Of(v *types.Var) *Var {
	if r, ok := ix.vars[v]; ok {
		return r
	}
	return &Var{}
}

func (ix *Index) varOf(v *types.Var) *Var {
	r, ok := ix.vars[v]
	if !ok {
		r = new(Var)
		ix.vars[v] = r
	}
	return r
}

// add records one mention of v.
func (ix *Index) add(info *types.Info, cur inspector.Cursor, id *ast.Ident, v *types.Var) {
	r := ix.varOf(v)
	parent := cur.Parent()
	switch kind, _ := cur.ParentEdge(); kind {
	case edge.ValueSpec_Names:
		spec := parent.Node().(*ast.ValueSpec)
		r.Declared = true
		if len(spec.Values) == 0 {
			return // var x T: the zero value
		}
		a := Assign{Stmt: spec, Tok: token.DEFINE, Scope: specScope(parent)}
		if len(spec.Values) == len(spec.Names) {
			a.Value = spec.Values[slices.Index(spec.Names, id)]
		}
		r.Assigns = append(r.Assigns, a)
		return
	case edge.AssignStmt_Lhs:
		as := parent.Node().(*ast.AssignStmt)
		if info.Defs[id] == v {
			r.Declared = true
		}
		a := Assign{Stmt: as, Tok: as.Tok, Scope: parent.Parent().Node()}
		if len(as.Rhs) == len(as.Lhs) {
			a.Value = as.Rhs[slices.Index(as.Lhs, ast.Expr(id))]
		}
		r.Assigns = append(r.Assigns, a)
		return
	case edge.SelectorExpr_X:
		if fs, ok := fieldSet(info, parent); ok {
			r.Fields = append(r.Fields, fs)
		}
	}
	r.Uses = append(r.Uses, cur)
}

// specScope returns the block holding a var declaration's spec (spec,
// GenDecl, DeclStmt, block), or the file for a package-level one.
func specScope(spec inspector.Cursor) ast.Node {
	decl := spec.Parent()
	if stmt := decl.Parent(); stmt.Node() != nil {
		if _, ok := stmt.Node().(*ast.DeclStmt); ok {
			return stmt.Parent().Node()
		}
		return stmt.Node() // the file
	}
	return nil
}

// fieldSet reports the assignment sel = value when sel, a field selection,
// is the left side of one.
func fieldSet(info *types.Info, sel inspector.Cursor) (FieldSet, bool) {
	kind, _ := sel.ParentEdge()
	if kind != edge.AssignStmt_Lhs {
		return FieldSet{}, false
	}
	as := sel.Parent().Node().(*ast.AssignStmt)
	s, ok := info.Selections[sel.Node().(*ast.SelectorExpr)]
	if !ok || s.Kind() != types.FieldVal || len(as.Rhs) != len(as.Lhs) {
		return FieldSet{}, false
	}
	i := slices.Index(as.Lhs, ast.Expr(sel.Node().(*ast.SelectorExpr)))
	return FieldSet{Field: s.Obj().(*types.Var), Value: as.Rhs[i], Stmt: as}, true
}
