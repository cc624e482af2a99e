package analyzers_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
)

// FuzzAnalyzers runs every analyzer of the suite on one Go file: the
// analyzers' own testdata files as seeds (and the corpus committed in
// testdata/fuzz/FuzzAnalyzers), mutated when fuzzing. Inputs that do not
// parse are skipped; inputs with type errors are analyzed, as gopls and
// golangci-lint do. No analyzer may panic or fail.
//
// Run it with:
//
//	go test -fuzz=FuzzAnalyzers -fuzztime=2m ./analyzers
func FuzzAnalyzers(f *testing.F) {
	seeds := testdataFiles(f)
	for _, src := range seeds {
		f.Add(src)
	}
	// The fuzzing engine takes an input that runs for 10s for a hang, and
	// type-checking net/http and its dependencies from source on the first
	// input that imports it can take that long on a busy machine: import
	// what the seeds import before the inputs run.
	warmImports(seeds)
	f.Fuzz(func(t *testing.T, src []byte) {
		if _, err := analyzeSource(src); err != nil {
			t.Fatalf("%v\ninput:\n%s", err, src)
		}
	})
}

// TestFuzzDriver checks that the fuzz target's driver really runs the
// suite: on a file with known hazards, and one that does not type-check,
// the analyzers report them, third-party APIs (stubbed) included.
func TestFuzzDriver(t *testing.T) {
	const src = `package p

import (
	"io"
	"log"
	"net/http"

	"github.com/avast/retry-go/v4"
)

func h(w http.ResponseWriter, r *http.Request) {
	io.ReadAll(r.Body)
}

func f(url string) {
	http.Get(url)
	log.Printf("fetched %s", url)
	retry.Do(func() error { return nil }, retry.Attempts(0))
	undefined()
}
`
	diags, err := analyzeSource([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"httptimeout: http.Get uses http.DefaultClient",
		"unstructuredlog: ", // its message is unstructuredlog's tests' business
		"unboundedretry: retry.Do with retry.Attempts(0) retries until it succeeds",
		"unboundedinput: io.ReadAll reads the request body with no size limit",
	} {
		if !slices.ContainsFunc(diags, func(d string) bool { return strings.HasPrefix(d, want) }) {
			t.Errorf("no diagnostic starting %q; got:\n%s", want, strings.Join(diags, "\n"))
		}
	}
}

// analyzeSource runs every analyzer on src, a Go file, and returns their
// diagnostics as "analyzer: message". Files that do not parse are skipped
// (nil, nil).
func analyzeSource(src []byte) ([]string, error) {
	env := sharedEnv()
	file, err := parser.ParseFile(env.fset, "fuzz.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil
	}
	pkg, info, typeErrs := typeCheck(env, file)
	d := &driver{
		fset: env.fset, files: []*ast.File{file}, src: src,
		pkg: pkg, info: info, typeErrs: typeErrs,
		results: make(map[*analysis.Analyzer]any),
	}
	for _, a := range analyzers.All() {
		if err := d.run(a); err != nil {
			return nil, err
		}
	}
	return d.diags, nil
}

// warmImports imports every package that one of srcs imports.
func warmImports(srcs [][]byte) {
	env := sharedEnv()
	seen := make(map[string]bool)
	for _, src := range srcs {
		file, err := parser.ParseFile(token.NewFileSet(), "seed.go", src, parser.ImportsOnly)
		if err != nil {
			continue
		}
		for _, spec := range file.Imports {
			path := strings.Trim(spec.Path.Value, `"`)
			if !seen[path] {
				seen[path] = true
				env.importer.Import(path) // a failure shows when an input imports it
			}
		}
	}
}

// testdataFiles returns the content of every .go file in the analyzers'
// testdata.
func testdataFiles(f *testing.F) [][]byte {
	var files [][]byte
	for _, a := range analyzers.All() {
		err := filepath.WalkDir(filepath.Join(a.Name, "testdata"), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			src, err := os.ReadFile(path)
			files = append(files, src)
			return err
		})
		if err != nil {
			f.Fatal(err)
		}
	}
	if len(files) == 0 {
		f.Fatal("no testdata files to seed the corpus with")
	}
	return files
}

// env is what all inputs share: the standard library, type-checked from
// source once per process, the analyzers' stubs of third-party APIs, and
// the file set their positions live in (the analyzers resolve positions of
// imported objects through pass.Fset).
type env struct {
	fset     *token.FileSet
	importer types.Importer
}

var sharedEnv = sync.OnceValue(func() *env {
	fset := token.NewFileSet()
	return &env{fset: fset, importer: &stubImporter{
		fset:  fset,
		std:   importer.ForCompiler(fset, "source", nil),
		dirs:  stubDirs(),
		cache: make(map[string]*types.Package),
	}}
})

// stubImporter imports the standard library from source and third-party
// packages (gorm.io/gorm, github.com/avast/retry-go/v4, ...) from the
// minimal stubs in the analyzers' testdata, so that fuzzed inputs reach the
// code that matches library APIs, not only the standard library's.
type stubImporter struct {
	fset  *token.FileSet
	std   types.Importer
	dirs  map[string]string // import path -> stub directory
	mu    sync.Mutex
	cache map[string]*types.Package
}

func (imp *stubImporter) Import(path string) (*types.Package, error) {
	dir, ok := imp.dirs[path]
	if !ok {
		return imp.std.Import(path)
	}
	imp.mu.Lock()
	pkg, done := imp.cache[path]
	imp.mu.Unlock()
	if done {
		return pkg, nil
	}
	var files []*ast.File
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(imp.fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	// A stub may leave something to be desired; what type-checks is enough.
	conf := types.Config{Importer: imp, Error: func(error) {}}
	pkg, _ = conf.Check(path, imp.fset, files, nil)
	imp.mu.Lock()
	imp.cache[path] = pkg
	imp.mu.Unlock()
	return pkg, nil
}

// stubDirs returns the directories of the stubs of third-party packages in
// the analyzers' testdata, by import path: those under testdata/src whose
// path starts with a domain name. Where two analyzers stub the same
// package, the first analyzer of the suite wins.
func stubDirs() map[string]string {
	dirs := make(map[string]string)
	for _, a := range analyzers.All() {
		src := filepath.Join(a.Name, "testdata", "src")
		filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() || path == src {
				return nil
			}
			rel, _ := filepath.Rel(src, path)
			rel = filepath.ToSlash(rel)
			first, _, _ := strings.Cut(rel, "/")
			if !strings.Contains(first, ".") {
				return fs.SkipDir // a scenario package
			}
			if _, ok := dirs[rel]; !ok && hasGoFiles(path) {
				dirs[rel] = path
			}
			return nil
		})
	}
	return dirs
}

func hasGoFiles(dir string) bool {
	entries, _ := os.ReadDir(dir)
	return slices.ContainsFunc(entries, func(e fs.DirEntry) bool {
		return !e.IsDir() && strings.HasSuffix(e.Name(), ".go")
	})
}

// typeCheck type-checks file as package fuzz, collecting rather than
// stopping at errors (imports of packages that do not exist included).
func typeCheck(env *env, file *ast.File) (*types.Package, *types.Info, []types.Error) {
	var errs []types.Error
	conf := types.Config{
		Importer: env.importer,
		Error: func(err error) {
			if te, ok := err.(types.Error); ok {
				errs = append(errs, te)
			}
		},
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Instances:    make(map[*ast.Ident]types.Instance),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		FileVersions: make(map[*ast.File]string),
	}
	pkg, _ := conf.Check("example.com/fuzzed", env.fset, []*ast.File{file}, info)
	return pkg, info, errs
}

// driver runs analyzers on one package the way checker does, in the order
// their Requires impose, minus facts: there are no other packages, so
// nothing is imported and what is exported is dropped.
type driver struct {
	fset     *token.FileSet
	files    []*ast.File
	src      []byte
	pkg      *types.Package
	info     *types.Info
	typeErrs []types.Error
	results  map[*analysis.Analyzer]any
	diags    []string // "analyzer: message"
}

func (d *driver) run(a *analysis.Analyzer) (err error) {
	if _, done := d.results[a]; done {
		return nil
	}
	for _, req := range a.Requires {
		if err := d.run(req); err != nil {
			return err
		}
	}
	defer func() {
		// prodvet's analyzers turn their panics into errors; this catches
		// those of the analyzers they require.
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in %s: %v", a.Name, r)
		}
	}()
	pass := &analysis.Pass{
		Analyzer:          a,
		Fset:              d.fset,
		Files:             d.files,
		Pkg:               d.pkg,
		TypesInfo:         d.info,
		TypesSizes:        types.SizesFor("gc", "amd64"),
		TypeErrors:        d.typeErrs,
		Module:            &analysis.Module{Path: "example.com/fuzzed", GoVersion: "1.26"},
		ResultOf:          d.results,
		Report:            func(diag analysis.Diagnostic) { d.diags = append(d.diags, a.Name+": "+diag.Message) },
		ReadFile:          d.readFile,
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}
	res, err := a.Run(pass)
	if err != nil {
		return fmt.Errorf("%s: %v", a.Name, err)
	}
	d.results[a] = res
	return nil
}

func (d *driver) readFile(name string) ([]byte, error) {
	if name == "fuzz.go" {
		return d.src, nil
	}
	return nil, fs.ErrNotExist
}
