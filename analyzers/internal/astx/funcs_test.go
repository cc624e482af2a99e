package astx_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"golang.org/x/tools/go/ast/inspector"
)

const funcsSrc = `package p

var v = func() int { return mark(1) }()

func outer(n int) int {
	f := func(s string) int {
		g := func() int { return mark(2) }
		return g()
	}
	return f("") + mark(3)
}

func mark(int) int { return 0 }

var top = mark(4)
`

// marks returns the cursors of the calls mark(N), by N, and the type
// information of funcsSrc.
func marks(t *testing.T) (map[string]inspector.Cursor, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", funcsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object), Types: make(map[ast.Expr]types.TypeAndValue)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	m := make(map[string]inspector.Cursor)
	for cur := range inspector.New([]*ast.File{f}).Root().Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "mark" && len(call.Args) == 1 {
			m[call.Args[0].(*ast.BasicLit).Value] = cur
		}
	}
	return m, info
}

func TestEnclosingFuncs(t *testing.T) {
	m, info := marks(t)
	// mark(2): innermost literal g, outermost and declaration outer.
	inner, ok := astx.EnclosingFunc(m["2"])
	if lit, isLit := inner.Node().(*ast.FuncLit); !ok || !isLit || astx.FuncSignature(info, lit).Params().Len() != 0 {
		t.Errorf("EnclosingFunc(mark(2)) = %T, want the literal g with no parameters", inner.Node())
	}
	outer, ok := astx.OutermostFunc(m["2"])
	if decl, isDecl := outer.Node().(*ast.FuncDecl); !ok || !isDecl || decl.Name.Name != "outer" {
		t.Errorf("OutermostFunc(mark(2)) = %T, want the declaration outer", outer.Node())
	}
	if decl, ok := astx.EnclosingDecl(m["2"]); !ok || decl.Name.Name != "outer" {
		t.Errorf("EnclosingDecl(mark(2)) = %v, %v; want outer", decl, ok)
	}
	if body := astx.FuncBody(outer.Node()); body == nil || body != outer.Node().(*ast.FuncDecl).Body {
		t.Errorf("FuncBody(outer) = %v", body)
	}
	if sig := astx.FuncSignature(info, outer.Node()); sig == nil || sig.Params().Len() != 1 {
		t.Errorf("FuncSignature(outer) = %v, want func(n int) int", sig)
	}
	// mark(1): a literal in a package-level initializer, no declaration.
	if lit, ok := astx.OutermostFunc(m["1"]); !ok || lit != mustEnclosing(t, m["1"]) {
		t.Error("OutermostFunc(mark(1)) is not the initializer's literal")
	}
	if _, ok := astx.EnclosingDecl(m["1"]); ok {
		t.Error("EnclosingDecl(mark(1)) found a declaration in a package-level initializer")
	}
	// mark(4): package level.
	if _, ok := astx.EnclosingFunc(m["4"]); ok {
		t.Error("EnclosingFunc(mark(4)) found a function at package level")
	}
	if _, ok := astx.OutermostFunc(m["4"]); ok {
		t.Error("OutermostFunc(mark(4)) found a function at package level")
	}
	if astx.FuncBody(m["4"].Node()) != nil || astx.FuncSignature(info, m["4"].Node()) != nil {
		t.Error("FuncBody or FuncSignature of a call is not nil")
	}
}

func mustEnclosing(t *testing.T, cur inspector.Cursor) inspector.Cursor {
	t.Helper()
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		t.Fatal("no enclosing function")
	}
	return fn
}

func TestUsedVar(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", "package p\nfunc f(a int) int { b := a; _ = b; return (b) + len(\"x\") }", 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object), Uses: make(map[*ast.Ident]types.Object)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	ret := f.Decls[0].(*ast.FuncDecl).Body.List[2].(*ast.ReturnStmt).Results[0].(*ast.BinaryExpr)
	if v, ok := astx.UsedVar(info, ret.X); !ok || v.Name() != "b" {
		t.Errorf("UsedVar((b)) = %v, %v; want b", v, ok)
	}
	if _, ok := astx.UsedVar(info, ret.Y); ok {
		t.Error("UsedVar(len(\"x\")) found a variable")
	}
	assign := f.Decls[0].(*ast.FuncDecl).Body.List[0].(*ast.AssignStmt)
	if _, ok := astx.UsedVar(info, assign.Lhs[0]); ok {
		t.Error("UsedVar of b's declaration found a use")
	}
}
