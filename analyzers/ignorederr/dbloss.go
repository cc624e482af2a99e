package ignorederr

import (
	"go/ast"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the database calls whose dropped error is reported in
// any function (libs.DBErrLoss): nothing else tells the program that the
// write, the read or the commit failed.

// dbLost says, for a message, what a dropped error of each kind loses.
var dbLost = map[libs.DBLoss]string{
	libs.LostWrite:  "the write may not have happened and nobody will know",
	libs.LostRow:    "a database failure reads as no row or as zero values",
	libs.LostCommit: "the transaction may not have been committed and nobody will know",
	libs.LostBatch:  "a statement of the batch may have failed and nobody will know",
}

// reportDB reports the dropped error of call, a database call that loses
// loss.
func (c *checker) reportDB(cur inspector.Cursor, call *ast.CallExpr, loss libs.DBLoss, category string) {
	remedy := "log or count the failure"
	if c.returnsError(cur) {
		remedy = "return it, or log or count the failure"
	}
	c.rep.Reportf(call.Fun, category, "error from %s is dropped (%s); %s", dbCallName(call), dbLost[loss], remedy)
}

// dbCallName renders the callee of call, with the arguments of a call it
// is chained to elided: db.QueryRowContext(...).Scan.
func dbCallName(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			return types.ExprString(inner.Fun) + "(...)." + sel.Sel.Name
		}
	}
	return types.ExprString(call.Fun)
}

// returnsError reports whether the function around cur has an error
// result.
func (c *checker) returnsError(cur inspector.Cursor) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	ftype, _ := funcParts(fn.Node())
	if ftype == nil || ftype.Results == nil {
		return false
	}
	for _, f := range ftype.Results.List {
		if match.IsErrorResult(c.info.TypeOf(f.Type)) {
			return true
		}
	}
	return false
}

// batchUnread reports whether call, br.Close() of a pgx BatchResults held
// in a local variable, closes a batch whose results the function never
// reads nor hands on: every other mention of br is its assignment or
// another Close. Close then reports the statements' failures, and nothing
// else does. A batch read result by result (br.Exec(), br.Query()) has its
// failures there, and Close is cleanup.
func (c *checker) batchUnread(cur inspector.Cursor, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := astx.UsedVar(c.info, sel.X)
	if !ok || !match.IsLocal(v) {
		return false // a field or a global: whoever owns it may read it
	}
	fn, ok := astx.OutermostFunc(cur)
	if !ok {
		return false
	}
	unread := true
	for id := range fn.Preorder((*ast.Ident)(nil)) {
		n := id.Node().(*ast.Ident)
		if c.info.Uses[n] != v {
			continue
		}
		// br.Close, or br on the left of an assignment.
		if s, ok := id.Parent().Node().(*ast.SelectorExpr); ok && s.X == n && s.Sel.Name == "Close" {
			continue
		}
		if as, ok := id.Parent().Node().(*ast.AssignStmt); ok && isLHS(as, n) {
			continue
		}
		unread = false
		break
	}
	return unread
}

// isLHS reports whether id is on the left of as.
func isLHS(as *ast.AssignStmt, id *ast.Ident) bool {
	for _, l := range as.Lhs {
		if l == id {
			return true
		}
	}
	return false
}
