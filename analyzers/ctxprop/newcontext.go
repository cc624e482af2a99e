package ctxprop

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// newContext reports context.Background() or context.TODO() made where a
// context is in scope.
func (c *checker) newContext(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, src *ctxSource) {
	if c.isNilDefault(cur) {
		return // if ctx == nil { ctx = context.Background() }
	}
	switch use, _ := c.freshUseOf(cur); use {
	case useStored:
		return // the lifetime of something that outlives the call
	case useIgnored:
		return // the callee ignores the context it is given
	case useRoot:
		return // the root of a trace extracted from a carrier
	case useCleanup:
		return // cleanup must run after the context in scope is cancelled
	case useLog:
		if !c.cfg.LogFuncs {
			return // only attaches the context's values to a log record
		}
	case useOther:
		if astx.UnparenUp(cur).ParentEdgeKind() == edge.BinaryExpr_X || astx.UnparenUp(cur).ParentEdgeKind() == edge.BinaryExpr_Y {
			return // compared with, as in ctx != context.Background()
		}
	}
	if c.isExplainedDetach(cur) {
		return // a comment says why the context in scope is left
	}
	if fn, ok := c.srcDecl(cur, src); ok && c.isGoOnly(fn) {
		return // the function runs only as a goroutine of its own: the fresh context is its lifetime
	}
	d := analysis.Diagnostic{
		Pos:      call.Pos(),
		End:      call.End(),
		Category: catNewContext,
		Message: types.ExprString(call) +
			" discards the context in scope (deadline and cancellation are lost); use " + src.text,
	}
	if c.usable(src, call.Pos()) {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Use " + src.text,
			TextEdits: []analysis.TextEdit{{Pos: call.Pos(), End: call.End(), NewText: []byte(src.text)}},
		}}
	}
	c.rep.Report(d)
}

// isNilDefault reports whether the fresh context at cur is the default a
// function gives a nil context: if ctx == nil { ctx = context.Background() }.
func (c *checker) isNilDefault(cur inspector.Cursor) bool {
	cur = astx.UnparenUp(cur)
	k, idx := cur.ParentEdge()
	if k != edge.AssignStmt_Rhs {
		return false
	}
	as := cur.Parent().Node().(*ast.AssignStmt)
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	id, ok := ast.Unparen(as.Lhs[idx]).(*ast.Ident)
	if !ok {
		return false
	}
	v := c.info.ObjectOf(id)
	for ifCur := range cur.Enclosing((*ast.IfStmt)(nil)) {
		if c.isNilCheck(ifCur.Node().(*ast.IfStmt).Cond, v) {
			return true
		}
	}
	return false
}

// isNilCheck reports whether cond is v == nil (or nil == v).
func (c *checker) isNilCheck(cond ast.Expr, v types.Object) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if be.Op == token.LOR {
		return c.isNilCheck(be.X, v) || c.isNilCheck(be.Y, v)
	}
	if be.Op != token.EQL {
		return false
	}
	return c.isVarAndNil(be.X, be.Y, v) || c.isVarAndNil(be.Y, be.X, v)
}

func (c *checker) isVarAndNil(x, y ast.Expr, v types.Object) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	return ok && c.info.ObjectOf(id) == v && c.info.Types[y].IsNil()
}
