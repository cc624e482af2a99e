package match_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
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

// IsLocal and IsPackageLevel sort every kind of variable.
func TestLocality(t *testing.T) {
	const src = `package p
var global int
type T struct{ field int }
func f(param int) { local := param; _ = local }
`
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: make(map[*ast.Ident]types.Object)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{file}, info); err != nil {
		t.Fatal(err)
	}
	want := map[string][2]bool{ // name: {IsLocal, IsPackageLevel}
		"global": {false, true}, "field": {false, false}, "param": {true, false},
		"local": {true, false},
	}
	for id, obj := range info.Defs {
		v, ok := obj.(*types.Var)
		w, listed := want[id.Name]
		if !ok || !listed {
			continue
		}
		if got := [2]bool{match.IsLocal(v), match.IsPackageLevel(v)}; got != w {
			t.Errorf("%s: IsLocal, IsPackageLevel = %v, want %v", id.Name, got, w)
		}
	}
	var nilVar *types.Var
	if match.IsLocal(nilVar) || match.IsPackageLevel(nil) {
		t.Error("nil matched")
	}
}

func TestParseFuncName(t *testing.T) {
	good := map[string]match.FuncName{
		"os.Remove":                   {Pkg: "os", Name: "Remove"},
		"gopkg.in/yaml.v3.Marshal":    {Pkg: "gopkg.in/yaml.v3", Name: "Marshal"},
		"(*database/sql.Tx).Rollback": {Pkg: "database/sql", Type: "Tx", Name: "Rollback"},
		"(example.com/db.Repo).Ping":  {Pkg: "example.com/db", Type: "Repo", Name: "Ping"},
	}
	for s, want := range good {
		got, err := match.ParseFuncName(s)
		if err != nil || got != want {
			t.Errorf("ParseFuncName(%q) = %v, %v; want %v", s, got, err, want)
		}
		if want.Type == "" && got.String() != s {
			t.Errorf("%v.String() = %q, want %q", got, got.String(), s)
		}
	}
	for _, bad := range []string{"Remove", "(os.File.Close", "(*os.File).", "os.", "(*os).Close", "a b.C", "example.com/db", ""} {
		if got, err := match.ParseFuncName(bad); err == nil {
			t.Errorf("ParseFuncName(%q) = %v, want an error", bad, got)
		}
	}
}

func TestImports(t *testing.T) {
	a, b, c := types.NewPackage("a", "a"), types.NewPackage("x/b", "b"), types.NewPackage("x/c", "c")
	a.SetImports([]*types.Package{b})
	b.SetImports([]*types.Package{c, a}) // a cycle must not loop
	got := match.Imports(a, "a", "x/c", "x/missing")
	if len(got) != 2 || got["a"] != a || got["x/c"] != c {
		t.Errorf("Imports = %v, want a and x/c", got)
	}
	if match.Import(b, "x/c") != c || match.Import(c, "a") != nil || !match.Reaches(a, "x/b") {
		t.Error("Import or Reaches answered wrongly")
	}
}

func TestCheckFuncNames(t *testing.T) {
	for _, tc := range []struct {
		list      string
		removable bool
		wantErr   string
	}{
		{"", false, ""},
		{"(*example.com/rpc.Client).Get, example.com/rpc.Fetch", false, ""},
		{"-fmt.Println,(hash.Hash).Write", true, ""},
		{"a b.C", false, `bad entry "a b.C"`},
		{"fmt.Println,Get", false, `bad entry "Get": not a qualified name`},
		{"(*custom/rpc.Client.Get", true, `bad entry "(*custom/rpc.Client.Get": missing ).`},
	} {
		err := match.CheckFuncNames(tc.list, tc.removable)
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("CheckFuncNames(%q, %v) = %v, want %q", tc.list, tc.removable, err, tc.wantErr)
		}
	}
}

// IsStd sorts packages by the go command's rule.
func TestIsStd(t *testing.T) {
	for path, want := range map[string]bool{
		"fmt":                         true,
		"net/http":                    true,
		"golang.org/x/tools/go/ast":   false,
		"github.com/spiffe/spire/pkg": false,
		"example.com":                 false,
		"internal/poll":               true,
	} {
		if got := match.IsStd(types.NewPackage(path, "p")); got != want {
			t.Errorf("IsStd(%q) = %v, want %v", path, got, want)
		}
	}
	if !match.IsStd(nil) {
		t.Error("IsStd(nil) = false, want true (the universe)")
	}
}

func TestFuncNameList(t *testing.T) {
	list := "fmt.Println"
	v := match.FuncNameList{List: &list, Removable: true}
	if v.String() != "fmt.Println" {
		t.Errorf("String() = %q, want the configured list", v.String())
	}
	if err := v.Set("-fmt.Println,(*bytes.Buffer).Write"); err != nil || list != "-fmt.Println,(*bytes.Buffer).Write" {
		t.Errorf("Set(good) = %v, list %q", err, list)
	}
	if err := v.Set("Println"); err == nil || list != "-fmt.Println,(*bytes.Buffer).Write" {
		t.Errorf("Set(bad) = %v, list %q; want an error and the list unchanged", err, list)
	}
}
