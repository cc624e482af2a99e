package nplusone

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

// dataLoop returns the innermost loop over data whose body runs the node at
// cur once per iteration, within the node's function (function literals
// called in place are seen through). It reports false when there is none,
// or when a return after the node leaves the function in the same
// iteration, so the node runs at most once. A break after the node leaves
// only the innermost loop; an enclosing loop over data still counts.
func (c *checker) dataLoop(cur inspector.Cursor) (ast.Stmt, bool) {
	exits := false        // a return follows: the node runs once per call
	pendingBreak := false // an unlabeled break follows, for the next breakable statement
	for {
		kind, idx := cur.ParentEdge()
		parent := cur.Parent()
		if !parent.Valid() {
			return nil, false
		}
		switch n := parent.Node().(type) {
		case *ast.FuncDecl:
			return nil, false
		case *ast.FuncLit:
			if !isInPlace(parent) {
				return nil, false
			}
			exits, pendingBreak = false, false // its returns and breaks are its own
		case *ast.ReturnStmt:
			exits = true
		case *ast.BlockStmt:
			if kind == edge.BlockStmt_List {
				exits, pendingBreak = scanAfter(n.List[idx+1:], exits, pendingBreak)
			}
		case *ast.CaseClause:
			if kind == edge.CaseClause_Body {
				exits, pendingBreak = scanAfter(n.Body[idx+1:], exits, pendingBreak)
			}
		case *ast.CommClause:
			if kind == edge.CommClause_Body {
				exits, pendingBreak = scanAfter(n.Body[idx+1:], exits, pendingBreak)
			}
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			pendingBreak = false // the break leaves the switch
		case *ast.RangeStmt:
			if kind == edge.RangeStmt_Body {
				if exits {
					return nil, false
				}
				if !pendingBreak && c.isDataRange(n) {
					return n, true
				}
				pendingBreak = false
			}
		case *ast.ForStmt:
			if kind == edge.ForStmt_Body {
				if exits {
					return nil, false
				}
				if !pendingBreak && c.isDataFor(n) {
					return n, true
				}
				pendingBreak = false
			}
		}
		cur = parent
	}
}

// scanAfter looks at the statements that follow a node in its block for an
// unconditional return or break.
func scanAfter(list []ast.Stmt, exits, pendingBreak bool) (bool, bool) {
	for _, st := range list {
		switch st := st.(type) {
		case *ast.ReturnStmt:
			exits = true
		case *ast.BranchStmt:
			if st.Tok == token.BREAK && st.Label == nil {
				pendingBreak = true
			}
		}
	}
	return exits, pendingBreak
}

// isInPlace reports whether the function literal at cur is called where it
// stands (func() { ... }() or defer func() { ... }()), not started as a
// goroutine or passed on.
func isInPlace(cur inspector.Cursor) bool {
	cur = astx.UnparenUp(cur)
	if cur.ParentEdgeKind() != edge.CallExpr_Fun {
		return false
	}
	return astx.UnparenUp(cur.Parent()).ParentEdgeKind() != edge.GoStmt_Call
}

// isDataRange reports whether a range loop ranges over data: a slice or map
// that is not a literal list, an integer len(x), a channel made in the same
// function, or an iterator function.
func (c *checker) isDataRange(rs *ast.RangeStmt) bool {
	t := c.info.TypeOf(rs.X)
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Slice, *types.Map:
		return !c.isConstList(rs.X)
	case *types.Basic:
		return u.Info()&types.IsInteger != 0 && c.isLenCall(rs.X)
	case *types.Chan:
		return c.isLocalChan(rs.X) && !match.IsNamed(u.Elem(), "time", "Time")
	case *types.Signature:
		return true
	}
	return false // arrays, strings: a fixed or textual count
}

// isDataFor reports whether a three-clause loop runs over data: it counts
// up to or down from len(x), or reads rows of an earlier query
// (for rows.Next()).
func (c *checker) isDataFor(fs *ast.ForStmt) bool {
	switch cond := ast.Unparen(fs.Cond).(type) {
	case *ast.CallExpr:
		fn := match.Callee(c.info, cond)
		return fn != nil && libs.IsRowsNext(fn)
	case *ast.BinaryExpr:
		switch cond.Op {
		case token.LSS, token.LEQ, token.GTR, token.GEQ, token.NEQ:
			if c.isLenCall(cond.X) || c.isLenCall(cond.Y) {
				return true
			}
			// counting down: for i := len(x) - 1; i >= 0; i--
			init, ok := fs.Init.(*ast.AssignStmt)
			return ok && len(init.Rhs) == 1 && c.isLenCall(init.Rhs[0])
		}
	}
	return false
}

// isLenCall reports whether e is len(x), possibly minus or plus a
// constant, of an x that is not a literal list.
func (c *checker) isLenCall(e ast.Expr) bool {
	e = ast.Unparen(e)
	if b, ok := e.(*ast.BinaryExpr); ok && (b.Op == token.SUB || b.Op == token.ADD) {
		if _, ok := astx.ConstInt(c.info, b.Y); ok {
			e = ast.Unparen(b.X)
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	if b, ok := c.info.Uses[id].(*types.Builtin); !ok || b.Name() != "len" {
		return false
	}
	if _, ok := astx.ConstInt(c.info, call); ok {
		return false // len of an array or constant string
	}
	return !c.isConstList(call.Args[0])
}

// isConstList reports whether e is a list written out in the source: a
// composite literal, or a variable defined by one and never assigned again
// (a list of migrations, of table names).
func (c *checker) isConstList(e ast.Expr) bool {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			if b, ok := c.binding(v); ok {
				e = ast.Unparen(b)
			}
		}
	}
	_, ok := e.(*ast.CompositeLit)
	return ok
}

// isLocalChan reports whether e is a local variable defined by make(chan
// ...): a channel that the same function fills with items, not a consumer
// loop over a queue owned by someone else.
func (c *checker) isLocalChan(e ast.Expr) bool {
	v, ok := astx.UsedVar(c.info, e)
	if !ok || !match.IsLocal(v) {
		return false
	}
	b, ok := c.binding(v)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(b).(*ast.CallExpr)
	if !ok {
		return false
	}
	fid, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	bi, ok := c.info.Uses[fid].(*types.Builtin)
	return ok && bi.Name() == "make"
}
