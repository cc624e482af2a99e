package match_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// TestStdInterface checks that each rebuilt interface answers
// types.Implements as the real one does, for types that implement it and
// types that nearly do.
func TestStdInterface(t *testing.T) {
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
	load := func(path string) *types.Package {
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatal(err)
		}
		return pkg
	}
	var candidates []types.Type
	for _, ref := range [][2]string{
		{"bytes", "Buffer"}, {"strings", "Builder"}, {"strings", "Reader"}, {"bufio", "Reader"},
		{"crypto/sha3", "SHA3"}, {"crypto/sha3", "SHAKE"}, {"hash/maphash", "Hash"}, {"os", "File"},
	} {
		obj := load(ref[0]).Scope().Lookup(ref[1])
		candidates = append(candidates, obj.Type(), types.NewPointer(obj.Type()))
	}
	for _, iface := range [][2]string{
		{"hash", "Hash"}, {"hash", "XOF"}, {"io", "Writer"}, {"io", "Reader"},
		{"io", "RuneScanner"}, {"io", "ByteScanner"}, {"database/sql/driver", "Tx"},
	} {
		real := load(iface[0]).Scope().Lookup(iface[1]).Type().Underlying().(*types.Interface)
		rebuilt := match.StdInterface(iface[0], iface[1])
		if rebuilt == nil {
			t.Errorf("StdInterface(%q, %q) = nil", iface[0], iface[1])
			continue
		}
		implementers := 0
		for _, c := range candidates {
			want := types.Implements(c, real)
			if got := types.Implements(c, rebuilt); got != want {
				t.Errorf("%s implements rebuilt %s.%s: %v, real: %v", c, iface[0], iface[1], got, want)
			}
			if want {
				implementers++
			}
		}
		if implementers == 0 && iface[1] != "Tx" {
			t.Errorf("no candidate implements %s.%s: the check proves nothing", iface[0], iface[1])
		}
	}
	if match.StdInterface("net/http", "ResponseWriter") != nil {
		t.Error("StdInterface rebuilt http.ResponseWriter, whose Header method needs net/http")
	}
}
