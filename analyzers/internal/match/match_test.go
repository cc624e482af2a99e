package match_test

import (
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// A call of a function value has no static callee: the predicates must
// answer false for a typed nil, not panic.
func TestNilObjects(t *testing.T) {
	var fn *types.Func
	var v *types.Var
	if match.IsFunc(fn, "net/http", "Get") || match.IsMethod(fn, "net/http", "Client", "Do") ||
		match.IsVar(v, "net/http", "DefaultClient") || match.IsFunc(nil, "fmt", "Println") {
		t.Fatal("a nil object matched")
	}
}
