package nplusone

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// isBatch reports whether the round trip of call, in loop, sends a batch:
// one of its arguments is, or is computed from, a batch of items. A batch is
// the loop's element when that is itself a slice (for _, batch := range
// chunk(ids, 500)) or a struct of slices (isColumnar) or a sub-slice taken in the loop (batch, docs =
// docs[:n], docs[n:]); values computed from a batch in the loop (q, args :=
// buildInsert(batch)) carry it. Slices of bytes are values, not batches,
// and an element spread into the arguments (db.Exec(q, row...)) is one
// row's parameters.
func (c *checker) isBatch(call *ast.CallExpr, loop ast.Stmt) bool {
	batches := c.batchVars(loop)
	for i, a := range call.Args {
		if call.Ellipsis.IsValid() && i == len(call.Args)-1 {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && c.isRangeElem(id, loop) {
				continue // db.Exec(q, row...): one row's parameters
			}
		}
		if c.mentionsBatch(a, batches) {
			return true
		}
	}
	return false
}

// isRangeElem reports whether id is the value variable of loop, a range
// statement.
func (c *checker) isRangeElem(id *ast.Ident, loop ast.Stmt) bool {
	rs, ok := loop.(*ast.RangeStmt)
	if !ok || rs.Value == nil {
		return false
	}
	vid, ok := ast.Unparen(rs.Value).(*ast.Ident)
	return ok && c.info.ObjectOf(vid) != nil && c.info.ObjectOf(vid) == c.info.Uses[id]
}

// batchVars returns the variables of loop that hold a batch, or a value
// computed from one, found once per loop.
func (c *checker) batchVars(loop ast.Stmt) map[*types.Var]bool {
	if vs, ok := c.batches[loop]; ok {
		return vs
	}
	vs := make(map[*types.Var]bool)
	c.batches[loop] = vs
	if rs, ok := loop.(*ast.RangeStmt); ok && rs.Value != nil {
		if id, ok := ast.Unparen(rs.Value).(*ast.Ident); ok {
			if v, ok := c.info.ObjectOf(id).(*types.Var); ok && (isBatchType(v.Type()) || isColumnar(v.Type())) {
				vs[v] = true
			}
		}
	}
	// Values flow from a batch to the variables assigned from it, in any
	// order of statements: repeat until nothing changes.
	for changed := true; changed; {
		changed = false
		mark := func(e ast.Expr) {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				if v, ok := c.info.ObjectOf(id).(*types.Var); ok && !vs[v] {
					vs[v] = true
					changed = true
				}
			}
		}
		ast.Inspect(loop, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // not run here, or judged on its own
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
					for i, l := range n.Lhs {
						switch {
						case len(n.Lhs) == len(n.Rhs):
							if c.mentionsBatch(n.Rhs[i], vs) {
								mark(l)
							}
						case len(n.Rhs) == 1:
							if c.mentionsBatch(n.Rhs[0], vs) {
								mark(l) // q, args, err := build(batch)
							}
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) && c.mentionsBatch(n.Values[i], vs) {
						mark(id)
					}
				}
			case *ast.RangeStmt:
				if n != loop && c.mentionsBatch(n.X, vs) {
					if n.Key != nil {
						mark(n.Key)
					}
					if n.Value != nil {
						mark(n.Value)
					}
				}
			}
			return true
		})
	}
	return vs
}

// mentionsBatch reports whether e uses a batch as a whole: one of vs, or a
// sub-slice of a slice of items. An element of a batch (batch[0]) and its
// length are not the batch.
func (c *checker) mentionsBatch(e ast.Expr, vs map[*types.Var]bool) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			if tv, ok := c.info.Types[n.X]; ok && tv.IsType() {
				return false // an instantiation
			}
			found = c.mentionsBatch(n.Index, vs)
			return false
		case *ast.SliceExpr:
			if v, ok := astx.ConstInt(c.info, n.High); ok && v == 0 {
				return true // args[:0]: a buffer reused, emptied
			}
			if isBatchType(c.info.TypeOf(n)) {
				found = true
				return false
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
				if b, ok := c.info.Uses[id].(*types.Builtin); ok && (b.Name() == "len" || b.Name() == "cap") {
					return false
				}
			}
		case *ast.Ident:
			if v, ok := c.info.Uses[n].(*types.Var); ok && vs[v] {
				found = true
			}
		}
		return true
	})
	return found
}

// isBatchType reports whether t is a slice of items: a slice whose
// elements are not bytes (a []byte or json.RawMessage is one value).
func isBatchType(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := s.Elem().Underlying().(*types.Basic)
	return !ok || b.Kind() != types.Byte
}

// isColumnar reports whether t is a batch in columns: a struct, or a
// pointer to one, of two or more fields that are all slices of items, as
// sqlc generates for a bulk statement over arrays (CreateTasksParams with
// Ids []int64, Names []string, ...).
func isColumnar(t types.Type) bool {
	st, ok := match.Deref(t).Underlying().(*types.Struct)
	if !ok || st.NumFields() < 2 {
		return false
	}
	for f := range st.Fields() {
		if !isBatchType(f.Type()) {
			return false
		}
	}
	return true
}
