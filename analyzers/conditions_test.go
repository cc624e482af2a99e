package analyzers_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestNogoConditions runs every analyzer over its own testdata the way
// Bazel's nogo does, which is stricter than go vet: Pass.ReadFile,
// Pass.Module and Pass.OtherFiles are nil, facts cross package boundaries
// only in their gob encoding, and the standard library is never analyzed,
// so it has no facts. The findings must be exactly those of the standard
// driver (go/analysis/checker, which analyzes the standard library too, as
// analysistest does): an analyzer that needed what nogo leaves out would
// report less here. A panic, an error or a non-deterministic fact fails.
func TestNogoConditions(t *testing.T) {
	for _, a := range analyzers.All() {
		t.Run(a.Name, func(t *testing.T) {
			pkgs := loadTestdata(t, filepath.Join(a.Name, "testdata"))
			roots := make(map[*packages.Package]bool)
			for _, p := range pkgs {
				roots[p] = p.Types != nil && p.TypesInfo != nil && len(p.Errors) == 0
			}
			d := &miniDriver{t: t, facts: make(map[factKey][]byte), results: make(map[resultKey]any)}
			packages.Visit(pkgs, nil, func(p *packages.Package) {
				if roots[p] {
					d.run(a, p)
				}
			})
			if len(d.diagnostics) == 0 {
				t.Fatalf("%s reported nothing on its testdata under nogo conditions", a.Name)
			}
			want := standardDiagnostics(t, a, pkgs, roots)
			slices.Sort(d.diagnostics)
			if !slices.Equal(d.diagnostics, want) {
				t.Errorf("findings under nogo conditions differ from the standard driver's\nnogo:\n\t%s\nstandard:\n\t%s",
					strings.Join(d.diagnostics, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}

// standardDiagnostics runs a over pkgs with go/analysis/checker and returns
// its findings in the root packages, sorted.
func standardDiagnostics(t *testing.T, a *analysis.Analyzer, pkgs []*packages.Package, roots map[*packages.Package]bool) []string {
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var diags []string
	for act := range graph.All() {
		if act.Analyzer == a && roots[act.Package] {
			for _, diag := range act.Diagnostics {
				diags = append(diags, formatDiagnostic(act.Package.Fset, diag))
			}
		}
	}
	slices.Sort(diags)
	return diags
}

func formatDiagnostic(fset *token.FileSet, d analysis.Diagnostic) string {
	return fmt.Sprintf("%s: %s", fset.Position(d.Pos), d.Message)
}

// loadTestdata loads every package below dir/src in GOPATH mode, as
// analysistest does.
func loadTestdata(t *testing.T, dir string) []*packages.Package {
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(abs, "src")); err != nil {
		t.Skip("no testdata yet")
	}
	var patterns []string
	src := filepath.Join(abs, "src")
	filepath.WalkDir(src, func(path string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && filepath.Ext(path) == ".go" {
			rel, _ := filepath.Rel(src, filepath.Dir(path))
			if p := filepath.ToSlash(rel); !slices.Contains(patterns, p) {
				patterns = append(patterns, p)
			}
		}
		return nil
	})
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax, // the standard driver analyzes dependencies too
		Dir:  src,
		Env:  append(os.Environ(), "GOPATH="+abs, "GO111MODULE=off", "GOFLAGS=", "GOPROXY=off"),
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

type factKey struct {
	analyzer *analysis.Analyzer
	obj      types.Object   // nil for package facts
	pkg      *types.Package // for package facts
	typ      reflect.Type
}

type resultKey struct {
	analyzer *analysis.Analyzer
	pkg      *packages.Package
}

// miniDriver runs analyzers one package at a time, dependencies first,
// keeping facts only in encoded form.
type miniDriver struct {
	t           *testing.T
	facts       map[factKey][]byte
	results     map[resultKey]any
	diagnostics []string // formatted; only the analyzer under test reports
}

func (d *miniDriver) run(a *analysis.Analyzer, p *packages.Package) any {
	key := resultKey{a, p}
	if r, ok := d.results[key]; ok {
		return r
	}
	resultOf := make(map[*analysis.Analyzer]any)
	for _, req := range a.Requires {
		resultOf[req] = d.run(req, p)
	}
	pass := &analysis.Pass{
		Analyzer:   a,
		Fset:       p.Fset,
		Files:      p.Syntax,
		Pkg:        p.Types,
		TypesInfo:  p.TypesInfo,
		TypesSizes: p.TypesSizes,
		ResultOf:   resultOf,
		Report: func(diag analysis.Diagnostic) {
			d.diagnostics = append(d.diagnostics, formatDiagnostic(p.Fset, diag))
		},
		// ReadFile, Module and OtherFiles stay nil, as under nogo.
		ImportObjectFact: func(obj types.Object, fact analysis.Fact) bool {
			return d.importFact(factKey{a, obj, nil, reflect.TypeOf(fact)}, fact)
		},
		ImportPackageFact: func(pkg *types.Package, fact analysis.Fact) bool {
			return d.importFact(factKey{a, nil, pkg, reflect.TypeOf(fact)}, fact)
		},
		ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
			d.exportFact(factKey{a, obj, nil, reflect.TypeOf(fact)}, fact)
		},
		ExportPackageFact: func(fact analysis.Fact) {
			d.exportFact(factKey{a, nil, p.Types, reflect.TypeOf(fact)}, fact)
		},
		AllObjectFacts:  func() []analysis.ObjectFact { return nil },
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
	r, err := a.Run(pass)
	if err != nil {
		d.t.Errorf("%s on %s: %v", a.Name, p.PkgPath, err)
	}
	d.results[key] = r
	return r
}

func (d *miniDriver) exportFact(key factKey, fact analysis.Fact) {
	first, second := encode(d.t, fact), encode(d.t, fact)
	if !bytes.Equal(first, second) {
		d.t.Errorf("%s: fact %T does not encode deterministically (maps?)", key.analyzer.Name, fact)
	}
	d.facts[key] = first
}

func (d *miniDriver) importFact(key factKey, fact analysis.Fact) bool {
	data, ok := d.facts[key]
	if !ok {
		return false
	}
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(fact); err != nil {
		d.t.Errorf("%s: decoding fact %T: %v", key.analyzer.Name, fact, err)
		return false
	}
	return true
}

func encode(t *testing.T, fact analysis.Fact) []byte {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(fact); err != nil {
		t.Errorf("fact %T does not gob-encode: %v", fact, err)
	}
	return buf.Bytes()
}

// TestFactsHaveNoMaps checks every fact type for maps, whose gob encoding
// follows Go's randomized map order: the same fact would encode to
// different bytes from run to run, defeating nogo's and go vet's caches.
// TestNogoConditions encodes each exported fact twice, which catches this
// only by chance and only for facts the testdata produces.
func TestFactsHaveNoMaps(t *testing.T) {
	for _, a := range analyzers.All() {
		for _, fact := range a.FactTypes {
			if path, ok := mapIn(reflect.TypeOf(fact), nil); ok {
				t.Errorf("%s: fact %T holds a map (at %s); use a sorted slice", a.Name, fact, path)
			}
		}
	}
}

// mapIn reports whether t holds a map, and the path of fields to it.
func mapIn(t reflect.Type, seen []reflect.Type) (string, bool) {
	if slices.Contains(seen, t) {
		return "", false
	}
	seen = append(seen, t)
	switch t.Kind() {
	case reflect.Map:
		return t.String(), true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return mapIn(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if path, ok := mapIn(t.Field(i).Type, seen); ok {
				return t.Field(i).Name + "." + path, true
			}
		}
	}
	return "", false
}

// TestNoPackageState checks that no function in the analyzers' packages
// writes a package-level variable: golangci-lint runs analyzers on many
// packages concurrently in one process, and nogo runs a package's analyzers
// concurrently, so per-run state must live in the pass's own structs. A
// write is an assignment, an increment, or a call of a pointer method on
// the variable (mu.Lock(), once.Do(f)), or on anything reached from it by
// fields, indexes and dereferences. Taking the address is not a write:
// analyzers take the address of read-only tables to compare by identity.
// Writes through such a pointer or inside a callee (slices.Sort(table))
// are not seen here; the race detector sees them when tests run with -race.
func TestNoPackageState(t *testing.T) {
	cfg := &packages.Config{Mode: packages.LoadSyntax}
	pkgs, err := packages.Load(cfg, "github.com/prodvet/prodvet/analyzers/...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("analyzer packages do not load")
	}
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				for _, target := range written(p.TypesInfo, n) {
					if v := packageVar(p.TypesInfo, target); v != nil {
						t.Errorf("%s: writes package-level variable %s.%s", p.Fset.Position(target.Pos()), v.Pkg().Name(), v.Name())
					}
				}
				return true
			})
		}
	}
}

// written returns the expressions node n may write to.
func written(info *types.Info, n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{n.X}
	case *ast.RangeStmt:
		if n.Tok == token.ASSIGN {
			return []ast.Expr{n.Key, n.Value}
		}
	case *ast.SelectorExpr:
		// x.M() with M a pointer method of addressable x takes &x.
		if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
			if _, ptrRecv := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptrRecv {
				if _, ptrX := sel.Recv().(*types.Pointer); !ptrX {
					return []ast.Expr{n.X}
				}
			}
		}
	}
	return nil
}

// packageVar returns the package-level variable that e writes through,
// following fields, indexes, slices and dereferences to the root, or nil.
func packageVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			if v, ok := info.Uses[x.Sel].(*types.Var); ok && !v.IsField() {
				return packageLevel(v) // pkg.Var
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.SliceExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.Ident:
			v, _ := info.Uses[x].(*types.Var)
			return packageLevel(v)
		default:
			return nil
		}
	}
}

func packageLevel(v *types.Var) *types.Var {
	if v == nil || !match.IsPackageLevel(v) {
		return nil
	}
	return v
}

// TestStateCheckSeesWrites keeps TestNoPackageState from passing vacuously:
// on a sample package, it must find exactly the writes marked "write".
func TestStateCheckSeesWrites(t *testing.T) {
	const src = `package p

type mutex struct{ locked bool }

func (m *mutex) Lock()        { m.locked = true }
func (m mutex) Locked() bool { return m.locked }

var (
	n     int
	table = map[string]int{}
	list  []int
	mu    mutex
	ptr   = &struct{ f int }{}
	kind  struct{ name string }
)

func f(local []int) *struct{ name string } {
	n++                    // write
	table["a"] = 1         // write
	list[0] = 2            // write
	(ptr).f = 3            // write
	mu.Lock()              // write
	_ = mu.Locked()
	for n = range local {  // write
	}
	x := n + table["a"] + list[0]
	local[0] = x
	return &kind
}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: make(map[*ast.Ident]types.Object), Selections: make(map[*ast.SelectorExpr]*types.Selection)}
	if _, err := new(types.Config).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	var got, want []int
	ast.Inspect(f, func(n ast.Node) bool {
		for _, e := range written(info, n) {
			if e != nil && packageVar(info, e) != nil {
				got = append(got, fset.Position(e.Pos()).Line)
			}
		}
		return true
	})
	for i, line := range strings.Split(src, "\n") {
		if strings.HasSuffix(line, "// write") {
			want = append(want, i+1)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("writes found on lines %v, want %v", got, want)
	}
}

// TestMapInFindsNestedMaps keeps TestFactsHaveNoMaps from passing vacuously.
func TestMapInFindsNestedMaps(t *testing.T) {
	type inner struct{ Seen map[string]bool }
	type fact struct {
		Chain []string
		Steps []*inner
	}
	if path, ok := mapIn(reflect.TypeOf(new(fact)), nil); !ok || path != "Steps.Seen.map[string]bool" {
		t.Errorf("mapIn(*fact) = %q, %v; want the map at Steps.Seen", path, ok)
	}
	if _, ok := mapIn(reflect.TypeOf(new(struct{ Chain []string })), nil); ok {
		t.Error("mapIn found a map in a struct of a string slice")
	}
}
