package nplusone

import (
	"go/ast"
	"go/token"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"golang.org/x/tools/go/ast/inspector"
)

// isCacheFill reports whether the call at cur, in the function fn, runs
// only to fill a cache, once: it comes after an early return taken when a
// field is already set (if r.colls != nil { return ... }), or inside an if
// taken when it is not (if r.colls == nil { ... }), and fn sets that
// field. A loop calling fn then makes its round trips once, not per item
// (FerretDB's metadata registry loads every collection on first use).
func (c *checker) isCacheFill(cur, fn inspector.Cursor) bool {
	for a := cur; a != fn && a.Parent() != fn; a = a.Parent() {
		if ifs, ok := a.Parent().Node().(*ast.IfStmt); ok && a.Node() == ifs.Body {
			if field, ok := c.nilTest(ifs.Cond, token.EQL); ok && c.sets(fn, field) {
				return true
			}
		}
		for sib, ok := a.PrevSibling(); ok; sib, ok = sib.PrevSibling() {
			ifs, ok := sib.Node().(*ast.IfStmt)
			if !ok || ifs.Else != nil || !endsInReturn(ifs.Body) {
				continue
			}
			if field, ok := c.nilTest(ifs.Cond, token.NEQ); ok && c.sets(fn, field) {
				return true
			}
		}
	}
	return false
}

// nilTest returns the field path of cond when cond compares a field (a
// path through at least one field, r.colls) with nil using op.
func (c *checker) nilTest(cond ast.Expr, op token.Token) (astx.Path, bool) {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != op {
		return nil, false
	}
	x := b.X
	if c.isNil(x) {
		x = b.Y
	} else if !c.isNil(b.Y) {
		return nil, false
	}
	p := astx.PathOf(c.info, x)
	return p, len(p) >= 2
}

func (c *checker) isNil(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.IsNil()
}

// sets reports whether the function fn assigns the field path p.
func (c *checker) sets(fn inspector.Cursor, p astx.Path) bool {
	for cur := range fn.Preorder((*ast.AssignStmt)(nil)) {
		for _, lhs := range cur.Node().(*ast.AssignStmt).Lhs {
			if q := astx.PathOf(c.info, lhs); len(q) == len(p) && q.HasPrefix(p) {
				return true
			}
		}
	}
	return false
}

// endsInReturn reports whether the block's last statement is a return.
func endsInReturn(b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	_, ok := b.List[len(b.List)-1].(*ast.ReturnStmt)
	return ok
}
