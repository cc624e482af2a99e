package astx_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
)

func TestSides(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "a.go", `package p
var a, b = f()
func g() { x, y := 1, 2; x++ }`, 0)
	if err != nil {
		t.Fatal(err)
	}
	spec := f.Decls[0].(*ast.GenDecl).Specs[0]
	if lhs, rhs, ok := astx.Sides(spec); !ok || len(lhs) != 2 || len(rhs) != 1 || lhs[1].(*ast.Ident).Name != "b" {
		t.Errorf("Sides(var spec) = %v, %v, %v", lhs, rhs, ok)
	}
	body := f.Decls[1].(*ast.FuncDecl).Body.List
	if lhs, rhs, ok := astx.Sides(body[0]); !ok || len(lhs) != 2 || len(rhs) != 2 {
		t.Errorf("Sides(assignment) = %v, %v, %v", lhs, rhs, ok)
	}
	if _, _, ok := astx.Sides(body[1]); ok {
		t.Error("Sides(x++) reported sides")
	}
}
