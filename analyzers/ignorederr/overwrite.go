package ignorederr

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// overwritten reports the error of call, assigned to v by the statement at
// cur, when no path can read it: the next statements of the block do not
// mention v until one assigns v again, or until the block that declares v
// ends. The rule is purely syntactic and stays silent whenever control
// could leave the straight line (goto, break or continue out of the block
// while v lives on) or v could be read elsewhere (closures, &v, named
// results at a bare return).
func (c *checker) overwritten(cur inspector.Cursor, v *types.Var, call *ast.CallExpr) {
	if !match.IsErrorType(v.Type()) || !match.IsLocal(v) || v.Pkg() != c.pass.Pkg || !isListEdge(cur) {
		return
	}
	fnCur, ok := astx.EnclosingFunc(cur)
	if !ok || !inside(v.Pos(), fnCur.Node()) {
		return
	}
	fi := c.funcInfo(cur)
	if fi.hasGoto || fi.captured[v] {
		return
	}
	ftype, body := funcParts(fnCur.Node())
	result := isResult(c.info, ftype, v)
	block := cur.Parent().Node()
	scope := c.info.Scopes[block]
	if block == body {
		scope = c.info.Scopes[ftype]
	}
	scopedHere := scope != nil && v.Parent() == scope && !result
	name := types.ExprString(call.Fun)
	for sib, ok := cur.NextSibling(); ok; sib, ok = sib.NextSibling() {
		if at := c.reassigns(sib, v); at != nil {
			c.rep.Report(analysis.Diagnostic{
				Pos: call.Fun.Pos(), End: call.Fun.End(), Category: catOverwritten,
				Message: "error from " + name + " assigned to " + v.Name() + " is overwritten before it is checked",
				Related: []analysis.RelatedInformation{report.Related(at, v.Name()+" is overwritten here")},
			})
			return
		}
		mentions, escapes := c.scan(sib, v, result)
		if mentions || (escapes && !scopedHere) {
			return
		}
	}
	if scopedHere {
		c.rep.Reportf(call.Fun, catOverwritten, "error from %s assigned to %s is never checked (%s goes out of scope)", name, v.Name(), v.Name())
	}
}

func funcParts(n ast.Node) (*ast.FuncType, *ast.BlockStmt) {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Type, n.Body
	case *ast.FuncLit:
		return n.Type, n.Body
	}
	return nil, nil
}

// isResult reports whether v is a named result of ftype.
func isResult(info *types.Info, ftype *ast.FuncType, v *types.Var) bool {
	if ftype == nil || ftype.Results == nil {
		return false
	}
	for _, f := range ftype.Results.List {
		for _, id := range f.Names {
			if info.Defs[id] == v {
				return true
			}
		}
	}
	return false
}

// reassigns returns the identifier of v on the left of the statement at
// cur if that statement assigns v without reading it, and nil otherwise.
func (c *checker) reassigns(cur inspector.Cursor, v *types.Var) *ast.Ident {
	as, ok := cur.Node().(*ast.AssignStmt)
	if !ok || (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) {
		return nil
	}
	var at *ast.Ident
	for _, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && c.info.ObjectOf(id) == v {
			at = id
		}
	}
	if at == nil {
		return nil
	}
	n := 0
	for id := range cur.Preorder((*ast.Ident)(nil)) {
		if c.info.ObjectOf(id.Node().(*ast.Ident)) == v {
			n++
		}
	}
	if n != 1 {
		return nil // v is read on the right, or assigned twice
	}
	return at
}

// scan reports whether the statement at cur mentions v (or, for a named
// result, returns bare), and whether control can leave it by a break or
// continue aimed outside it.
func (c *checker) scan(cur inspector.Cursor, v *types.Var, result bool) (mentions, escapes bool) {
	root := cur.Node()
	for n := range cur.Preorder((*ast.Ident)(nil), (*ast.ReturnStmt)(nil), (*ast.BranchStmt)(nil)) {
		switch x := n.Node().(type) {
		case *ast.Ident:
			if c.info.ObjectOf(x) == v {
				mentions = true
			}
		case *ast.ReturnStmt:
			if result && len(x.Results) == 0 {
				mentions = true
			}
		case *ast.BranchStmt:
			if !c.branchStaysIn(n, x, root) {
				escapes = true
			}
		}
	}
	return mentions, escapes
}

// branchStaysIn reports whether the branch statement b at cur jumps to a
// target inside root.
func (c *checker) branchStaysIn(cur inspector.Cursor, b *ast.BranchStmt, root ast.Node) bool {
	if b.Label != nil {
		if l, ok := c.info.Uses[b.Label].(*types.Label); ok {
			return inside(l.Pos(), root)
		}
		return false
	}
	var types []ast.Node
	switch b.Tok {
	case token.BREAK:
		types = []ast.Node{(*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.SwitchStmt)(nil), (*ast.TypeSwitchStmt)(nil), (*ast.SelectStmt)(nil)}
	case token.CONTINUE:
		types = []ast.Node{(*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)}
	case token.FALLTHROUGH:
		return true
	default:
		return false
	}
	for target := range cur.Enclosing(types...) {
		return inside(target.Node().Pos(), root)
	}
	return false
}
