package unstructuredlog

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// isOutputCode reports whether the fmt call at cur is deliberate output
// rather than logging: it is in a function whose name says it prints,
// dumps, traces or debugs, or is an entry point (Main, cgiMain); it is
// guarded by a condition that mentions debug, trace or verbose; or the
// function is dying (a panic or os.Exit follows in an enclosing block), so
// the line is the crash report.
func isOutputCode(info *types.Info, cur inspector.Cursor) bool {
	from := edge.Invalid // how the walk up entered c
	for c := cur; ; from, c = c.ParentEdgeKind(), c.Parent() {
		switch n := c.Node().(type) {
		case *ast.FuncDecl:
			return hasWord(n.Name.Name, "print", "dump", "trace", "debug", "main")
		case *ast.FuncLit:
			if c.ParentEdgeKind() == edge.AssignStmt_Rhs || c.ParentEdgeKind() == edge.ValueSpec_Values {
				// print := func(...) {...}: named by its variable.
				if hasWord(lhsName(c), "print", "dump", "trace", "debug") {
					return true
				}
			}
		case *ast.IfStmt:
			if from == edge.IfStmt_Body && isDebugCond(n.Cond) {
				return true
			}
		case *ast.File:
			return false
		}
		if diesAfter(info, c) {
			return true
		}
		if c.ParentEdgeKind() == edge.Invalid {
			return false
		}
	}
}

// lhsName returns the name of the variable a function literal is assigned to.
func lhsName(lit inspector.Cursor) string {
	_, idx := lit.ParentEdge()
	switch p := lit.Parent().Node().(type) {
	case *ast.AssignStmt:
		if len(p.Lhs) == len(p.Rhs) {
			if id, ok := p.Lhs[idx].(*ast.Ident); ok {
				return id.Name
			}
		}
	case *ast.ValueSpec:
		if len(p.Names) == len(p.Values) {
			return p.Names[idx].Name
		}
	}
	return ""
}

// hasWord reports whether name contains one of words, ignoring case.
func hasWord(name string, words ...string) bool {
	name = strings.ToLower(name)
	for _, w := range words {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// isDebugCond reports whether cond enables debugging output: it mentions
// debug, trace or verbose, and not negated.
func isDebugCond(cond ast.Expr) bool {
	if u, ok := ast.Unparen(cond).(*ast.UnaryExpr); ok && u.Op == token.NOT {
		return false
	}
	return mentions(cond, "debug", "trace", "verbose")
}

// mentions reports whether an identifier in e contains one of words.
func mentions(e ast.Expr, words ...string) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && hasWord(id.Name, words...) {
			found = true
		}
		return !found
	})
	return found
}

// diesAfter reports whether a statement following the statement at c in
// its block calls panic or os.Exit.
func diesAfter(info *types.Info, c inspector.Cursor) bool {
	var list []ast.Stmt
	kind, idx := c.ParentEdge()
	switch kind {
	case edge.BlockStmt_List:
		list = c.Parent().Node().(*ast.BlockStmt).List
	case edge.CaseClause_Body:
		list = c.Parent().Node().(*ast.CaseClause).Body
	case edge.CommClause_Body:
		list = c.Parent().Node().(*ast.CommClause).Body
	default:
		return false
	}
	for _, s := range list[idx+1:] {
		es, ok := s.(*ast.ExprStmt)
		if !ok {
			continue
		}
		call, ok := ast.Unparen(es.X).(*ast.CallExpr)
		if !ok {
			continue
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
				return true
			}
		}
		if fn := match.Callee(info, call); fn != nil && match.IsFunc(fn, osPath, "Exit") {
			return true
		}
	}
	return false
}
