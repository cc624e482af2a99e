package locals_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"golang.org/x/tools/go/ast/inspector"
)

const src = `package p

type T struct{ F int }

var pkgList = []string{"a"}

func two() (int, int) { return 1, 2 }

func f(param int) int {
	once := 1
	var zero int
	var a, b = two()
	re := 1
	re = 2
	re += param
	var t T
	t.F = 3
	p := &t
	_ = p
	for i := range 3 {
		zero += i
	}
	return once + zero + a + b + re + len(pkgList)
}
`

func index(t *testing.T) (*locals.Index, map[string]*types.Var) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Defs:       make(map[*ast.Ident]types.Object),
		Uses:       make(map[*ast.Ident]types.Object),
		Selections: make(map[*ast.SelectorExpr]*types.Selection),
	}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	vars := make(map[string]*types.Var)
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && !v.IsField() {
			vars[id.Name] = v
		}
	}
	return locals.New(info, inspector.New([]*ast.File{f}).Root()), vars
}

func TestIndex(t *testing.T) {
	ix, vars := index(t)
	tests := []struct {
		name              string
		declared, binding bool
		assigns, fields   int
		uses              int
	}{
		{"once", true, true, 1, 0, 1},
		{"zero", true, false, 1, 0, 1}, // zero += i; the declaration gives no value
		{"a", true, false, 1, 0, 1},    // one of two() results: unknown value
		{"re", true, false, 3, 0, 1},
		{"t", true, false, 0, 1, 2}, // t.F = 3 and &t
		{"pkgList", true, true, 1, 0, 1},
		{"param", false, false, 0, 0, 2}, // its declaration and one read
		{"i", false, false, 0, 0, 2},     // a range variable is a use, not an assignment
	}
	for _, tt := range tests {
		v := ix.Of(vars[tt.name])
		_, binding := v.Binding()
		if v.Declared != tt.declared || binding != tt.binding || len(v.Assigns) != tt.assigns || len(v.Fields) != tt.fields || len(v.Uses) != tt.uses {
			t.Errorf("%s: declared %v, binding %v, %d assigns, %d fields, %d uses; want %v, %v, %d, %d, %d",
				tt.name, v.Declared, binding, len(v.Assigns), len(v.Fields), len(v.Uses),
				tt.declared, tt.binding, tt.assigns, tt.fields, tt.uses)
		}
	}
	if a := ix.Of(vars["a"]).Assigns[0]; a.Value != nil || a.Tok != token.DEFINE {
		t.Errorf("a's assignment = %v %v, want an unknown value defined", a.Tok, a.Value)
	}
	re := ix.Of(vars["re"])
	if toks := [3]token.Token{re.Assigns[0].Tok, re.Assigns[1].Tok, re.Assigns[2].Tok}; toks != [3]token.Token{token.DEFINE, token.ASSIGN, token.ADD_ASSIGN} {
		t.Errorf("re's assignments = %v, want :=, =, +=", toks)
	}
	if _, ok := re.Assigns[0].Scope.(*ast.BlockStmt); !ok {
		t.Errorf("re's definition is scoped by %T, want the function's block", re.Assigns[0].Scope)
	}
	if _, ok := ix.Of(vars["pkgList"]).Assigns[0].Scope.(*ast.File); !ok {
		t.Error("a package-level var is not scoped by its file")
	}
	if f := ix.Of(vars["t"]).Fields[0]; f.Field.Name() != "F" {
		t.Errorf("t's field set = %v, want F", f.Field)
	}
	if v := ix.Of(types.NewVar(token.NoPos, nil, "unseen", types.Typ[types.Int])); v == nil || len(v.Uses) != 0 {
		t.Error("Of(an unseen variable) is not an empty Var")
	}
}

const flowSrc = `package p

func pair() (int, error) { return 1, nil }

func f(c bool) int {
	x := 1
	x = 2
	mark1 := x
	if c {
		x = 3
	}
	mark2 := x
	y, err := pair()
	_ = err
	return mark1 + mark2 + y
}
`

func TestLastBefore(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", flowSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object), Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	ix := locals.New(info, inspector.New([]*ast.File{f}).Root())
	vars := make(map[string]*types.Var)
	pos := make(map[string]token.Pos)
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok {
			vars[id.Name] = v
			pos[id.Name] = id.Pos()
		}
	}
	x := ix.Of(vars["x"])
	a, ok := x.LastBefore(pos["mark1"], nil)
	if lit, isLit := a.Value.(*ast.BasicLit); !ok || !isLit || lit.Value != "2" {
		t.Errorf("x before mark1 = %v, %v; want the straight-line x = 2", a.Value, ok)
	}
	if _, ok := x.LastBefore(pos["mark2"], nil); ok {
		t.Error("x before mark2 is known, but its last assignment is in a branch")
	}
	if a, ok := x.LastBefore(pos["mark1"], func(a locals.Assign) bool { return a.Tok == token.ASSIGN }); !ok || a.Value.(*ast.BasicLit).Value != "1" {
		t.Errorf("x before mark1, ignoring plain assignments = %v, %v; want x := 1", a.Value, ok)
	}
	y := ix.Of(vars["y"]).Assigns[0]
	if call, ok := y.Source().(*ast.CallExpr); y.Value != nil || !ok || call.Fun.(*ast.Ident).Name != "pair" {
		t.Errorf("y's source = %v (value %v), want the call pair()", y.Source(), y.Value)
	}
}
