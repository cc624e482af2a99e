package analyzers_test

import (
	"bytes"
	"encoding/gob"
	"go/types"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// TestNogoConditions runs every analyzer over its own testdata the way
// Bazel's nogo does, which is stricter than go vet: Pass.ReadFile,
// Pass.Module and Pass.OtherFiles are nil, facts cross package boundaries
// only in their gob encoding, and the standard library has no facts. It
// also checks that facts encode deterministically, which go vet's cache and
// nogo's both rely on. A panic, an error or a non-deterministic fact fails.
func TestNogoConditions(t *testing.T) {
	for _, a := range analyzers.All() {
		t.Run(a.Name, func(t *testing.T) {
			pkgs := loadTestdata(t, filepath.Join(a.Name, "testdata"))
			d := &miniDriver{t: t, facts: make(map[factKey][]byte), results: make(map[resultKey]any)}
			packages.Visit(pkgs, nil, func(p *packages.Package) {
				if p.Types != nil && p.TypesInfo != nil && len(p.Errors) == 0 {
					d.run(a, p)
				}
			})
			// An analyzer that silently depended on what nogo leaves nil
			// would report nothing here rather than fail.
			if d.reported == 0 {
				t.Errorf("%s reported nothing on its testdata under nogo conditions", a.Name)
			}
		})
	}
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
		Mode: packages.LoadSyntax,
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
	t        *testing.T
	facts    map[factKey][]byte
	results  map[resultKey]any
	reported int // diagnostics of the analyzer under test
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
		Report:     func(analysis.Diagnostic) { d.reported++ },
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
