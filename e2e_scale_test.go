package prodvet_test

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"
)

// run runs the built prodvet in dir with args and extra environment, and
// returns its stdout and exit code; stderr must be empty unless allowed.
func run(t *testing.T, dir string, env []string, args ...string) (stdout []byte, code int) {
	t.Helper()
	cmd := exec.Command(prodvetBin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOCACHE="+goCache, "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code = exitCode(err)
	if code < 0 || code > 1 || errOut.Len() > 0 {
		t.Fatalf("prodvet %s in %s: exit %d, stderr:\n%s", strings.Join(args, " "), dir, code, errOut.String())
	}
	return out.Bytes(), code
}

// goCmd runs the go command in the module in dir and fails the test if it
// fails.
func goCmd(t *testing.T, dir string, args ...string) []byte {
	t.Helper()
	return goEnv(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off"}, args...)
}

// extractScript writes the files of a testdata/script archive to a new
// directory and returns it.
func extractScript(t *testing.T, name string) string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("testdata", "script", name))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, f := range ar.Files {
		path := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestDeterminism runs prodvet on the demo and on multi-package modules
// (whose findings depend on facts passed between packages) repeatedly, with
// one thread and with many: every run must print the same text and write
// the same json, byte for byte. Output order must never depend on which
// package finished first or on map iteration.
func TestDeterminism(t *testing.T) {
	modules := map[string]string{
		"demo":     filepath.Join("testdata", "demo"),
		"ctxprop":  extractScript(t, "ctxprop_vet.txtar"),
		"nplusone": extractScript(t, "nplusone_vet.txtar"),
	}
	for _, name := range []string{"demo", "ctxprop", "nplusone"} {
		t.Run(name, func(t *testing.T) {
			jsonFile := filepath.Join(t.TempDir(), "findings.json")
			var firstText, firstJSON []byte
			for i, procs := range []int{1, 8, 1, 8} {
				text, code := run(t, modules[name], []string{"GOMAXPROCS=" + strconv.Itoa(procs)}, "-out", "json="+jsonFile, "./...")
				if code != 1 {
					t.Fatalf("exit %d, want 1: the module must have findings for the test to mean anything", code)
				}
				json, err := os.ReadFile(jsonFile)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					firstText, firstJSON = text, json
					continue
				}
				if !bytes.Equal(text, firstText) {
					t.Errorf("run %d (GOMAXPROCS=%d) printed different text:\n%s\nfirst run (GOMAXPROCS=1):\n%s", i+1, procs, text, firstText)
				}
				if !bytes.Equal(json, firstJSON) {
					t.Errorf("run %d (GOMAXPROCS=%d) wrote different json:\n%s\nfirst run (GOMAXPROCS=1):\n%s", i+1, procs, json, firstJSON)
				}
			}
		})
	}
}

// TestFixSafety applies every suggested fix (-fix) to copies of the demo
// and of the analyzers' fixtures that import only the standard library:
// the fixed code must build, give go vet nothing new to report, be
// gofmt-clean, and a second -fix must change nothing.
func TestFixSafety(t *testing.T) {
	t.Run("demo", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.CopyFS(dir, os.DirFS(filepath.Join("testdata", "demo"))); err != nil {
			t.Fatal(err)
		}
		checkFixes(t, dir)
	})
	t.Run("fixtures", func(t *testing.T) {
		dir := t.TempDir()
		n := copyFixtures(t, dir)
		t.Logf("%d fixture packages", n)
		goCmd(t, dir, "build", "./...") // they compile before the fixes
		checkFixes(t, dir)
	})
}

// checkFixes runs prodvet -fix (tests included) on the module in dir twice
// and checks the code after each run.
func checkFixes(t *testing.T, dir string) {
	t.Helper()
	tests := testsFlags(t)
	vetBefore := vetComplaints(t, dir)
	before := snapshot(t, dir)
	run(t, dir, nil, append(tests, "-fix", "./...")...)
	fixed := snapshot(t, dir)
	changed := changedFiles(before, fixed)
	if len(changed) == 0 {
		t.Fatal("-fix changed nothing: the module has no fixable findings, so the test means nothing")
	}
	t.Logf("-fix changed %s", strings.Join(changed, ", "))
	goCmd(t, dir, "build", "./...")
	for _, c := range vetComplaints(t, dir) {
		if !slices.Contains(vetBefore, c) {
			t.Errorf("go vet complains after -fix: %s", c)
		}
	}
	if out := goFmtList(t, dir, changed); len(out) > 0 {
		t.Errorf("fixed files are not gofmt-clean:\n%s", out)
	}
	run(t, dir, nil, append(tests, "-fix", "./...")...)
	if again := changedFiles(fixed, snapshot(t, dir)); len(again) > 0 {
		t.Errorf("a second -fix changed %s", strings.Join(again, ", "))
	}
}

// vetComplaints returns what go vet reports on the module in dir, each as
// file and message without line and column (fixes move lines), sorted.
// Fixtures may hold code vet dislikes on purpose; fixes must add none.
func vetComplaints(t *testing.T, dir string) []string {
	t.Helper()
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOCACHE="+goCache, "GOFLAGS=-mod=mod", "GOPROXY=off", "GOTOOLCHAIN=local")
	out, err := cmd.CombinedOutput()
	if code := exitCode(err); code != 0 && code != 1 {
		t.Fatalf("go vet in %s: %v\n%s", dir, err, out)
	}
	var complaints []string
	for line := range strings.SplitSeq(string(out), "\n") {
		if m := vetLine.FindStringSubmatch(line); m != nil {
			complaints = append(complaints, m[1]+": "+m[2])
		}
	}
	slices.Sort(complaints)
	return complaints
}

var vetLine = regexp.MustCompile(`^(\S+\.go):\d+:\d+: (.*)$`)

// testsFlags returns the -NAME.tests flag of every analyzer, so that fixes
// in _test.go files are applied too.
func testsFlags(t *testing.T) []string {
	out, err := exec.Command(prodvetBin, "help").Output()
	if err != nil {
		t.Fatal(err)
	}
	_, list, _ := strings.Cut(string(out), "\nAnalyzers:\n")
	list, _, _ = strings.Cut(list, "\n\n")
	var flags []string
	for line := range strings.SplitSeq(list, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			flags = append(flags, "-"+f[0]+".tests")
		}
	}
	if len(flags) == 0 {
		t.Fatalf("no analyzers in prodvet help:\n%s", out)
	}
	return flags
}

func goFmtList(t *testing.T, dir string, files []string) []byte {
	cmd := exec.Command("gofmt", append([]string{"-l"}, files...)...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("gofmt: %v\n%s", err, out)
	}
	return out
}

// copyFixtures copies every flat scenario package under
// analyzers/*/testdata/src that imports only the standard library into its
// own directory of a new module in dir, and returns how many it copied.
// Fixtures that stub third-party APIs need GOPATH-style testdata: see
// TestFixSafetyGOPATH.
func copyFixtures(t *testing.T, dir string) int {
	t.Helper()
	scenarios, err := filepath.Glob(filepath.Join("analyzers", "*", "testdata", "src", "*"))
	if err != nil {
		t.Fatal(err)
	}
	std := make(map[string]bool)
	for _, path := range strings.Fields(string(goCmd(t, ".", "list", "std"))) {
		std[path] = true
	}
	n := 0
	for _, src := range scenarios {
		files, ok := stdOnlyPackage(t, src, std)
		if !ok {
			continue
		}
		analyzer := filepath.Base(filepath.Dir(filepath.Dir(filepath.Dir(src))))
		dst := filepath.Join(dir, analyzer+"_"+filepath.Base(src))
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(filepath.Join(src, f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dst, f), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		n++
	}
	if n == 0 {
		t.Fatal("no fixtures found")
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module fixtures\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return n
}

// stdOnlyPackage returns the .go files of the scenario directory src when
// it is one package with no subdirectories that imports only packages in
// std.
func stdOnlyPackage(t *testing.T, src string, std map[string]bool) (files []string, ok bool) {
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, e := range entries {
		if e.IsDir() {
			return nil, false
		}
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(src, e.Name()), nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if path, _ := strconv.Unquote(imp.Path.Value); !std[path] {
				return nil, false
			}
		}
		files = append(files, e.Name())
	}
	return files, len(files) > 0
}

// snapshot returns the content of every file under dir by relative path.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := make(map[string]string)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		files[rel] = string(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// changedFiles returns, sorted, the files whose content differs between
// two snapshots, including added and removed ones.
func changedFiles(a, b map[string]string) []string {
	var changed []string
	for name, data := range b {
		if old, ok := a[name]; !ok || old != data {
			changed = append(changed, name)
		}
	}
	for name := range a {
		if _, ok := b[name]; !ok {
			changed = append(changed, name)
		}
	}
	slices.Sort(changed)
	return changed
}

// TestLargeGeneratedFile analyzes a package with a 50,000-line file of
// hazards (about 50,000 lines), once marked generated and once not: generated, nothing is
// reported; hand-written, every hazard is, in reasonable time either way.
func TestLargeGeneratedFile(t *testing.T) {
	const funcs = 5600 // nine lines each
	for _, generated := range []bool{true, false} {
		t.Run(fmt.Sprintf("generated=%v", generated), func(t *testing.T) {
			dir := t.TempDir()
			writeLargeFile(t, dir, funcs, generated)
			start := time.Now()
			out, code := run(t, dir, nil, "-httptimeout", "-ignorederr", "./...")
			elapsed := time.Since(start)
			t.Logf("%d lines analyzed in %v", 9*funcs, elapsed)
			if elapsed > 2*time.Minute {
				t.Errorf("took %v, more than two minutes", elapsed)
			}
			findings := bytes.Count(out, []byte("http.Get uses http.DefaultClient"))
			switch {
			case generated && (code != 0 || len(out) > 0):
				t.Errorf("generated file: exit %d, findings:\n%.2000s", code, out)
			case !generated && findings != funcs:
				t.Errorf("hand-written file: %d http.Get findings, want %d (exit %d)", findings, funcs, code)
			}
		})
	}
}

// writeLargeFile writes a module whose one package has a file of funcs
// functions, each calling http.Get and dropping its error.
func writeLargeFile(t *testing.T, dir string, funcs int, generated bool) {
	var b bytes.Buffer
	if generated {
		b.WriteString("// Code generated by largegen. DO NOT EDIT.\n\n")
	}
	b.WriteString("package large\n\nimport \"net/http\"\n")
	for i := range funcs {
		fmt.Fprintf(&b, "\n// Fetch%[1]d fetches page %[1]d.\nfunc Fetch%[1]d() int {\n\tresp, _ := http.Get(\"http://example.com/%[1]d\")\n\tif resp == nil {\n\t\treturn 0\n\t}\n\treturn resp.StatusCode\n}\n", i)
	}
	files := map[string]string{
		"go.mod":         "module example.com/large\n\ngo 1.26\n",
		"large/large.go": b.String(),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fixFlags are the options, beyond -NAME.tests, under which an analyzer's
// golden files were made: without them some of its fixes are never offered.
var fixFlags = map[string][]string{
	"ctxprop": {"-ctxprop.log-funcs"},
}

// TestFixSafetyGOPATH applies -fix to the fixtures of every analyzer with
// golden files, as analysistest loads them: a GOPATH tree with stubs of the
// third-party APIs they call (errgroup, sqlx, gorm, the AWS SDK). The fixed
// tree must build, be gofmt-clean, and a second -fix must change nothing.
func TestFixSafetyGOPATH(t *testing.T) {
	goldens, err := filepath.Glob(filepath.Join("analyzers", "*", "testdata", "src", "*", "*.golden"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, g := range goldens {
		names = append(names, strings.Split(filepath.ToSlash(g), "/")[1])
	}
	slices.Sort(names)
	names = slices.Compact(names)
	if len(names) == 0 {
		t.Fatal("no analyzer has golden files")
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			gopath := t.TempDir()
			src := filepath.Join(gopath, "src")
			copyTree(t, filepath.Join("analyzers", name, "testdata", "src"), src)
			env := []string{"GOPATH=" + gopath, "GO111MODULE=off", "GOFLAGS="}
			goEnv(t, src, env, "build", "./...") // they compile before the fixes
			args := append([]string{"-" + name, "-" + name + ".tests"}, fixFlags[name]...)
			args = append(args, "-fix", "./...")
			before := snapshot(t, src)
			run(t, src, env, args...)
			fixed := snapshot(t, src)
			changed := changedFiles(before, fixed)
			if len(changed) == 0 {
				t.Fatal("-fix changed nothing: the test means nothing")
			}
			goEnv(t, src, env, "build", "./...")
			if out := goFmtList(t, src, changed); len(out) > 0 {
				t.Errorf("fixed files are not gofmt-clean:\n%s", out)
			}
			run(t, src, env, args...)
			if again := changedFiles(fixed, snapshot(t, src)); len(again) > 0 {
				t.Errorf("a second -fix changed %s", strings.Join(again, ", "))
			}
		})
	}
}

// copyTree copies the directory from to to, leaving out golden files (the
// fixed code they show would not compile beside the code it replaces).
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, ".golden") {
			return err
		}
		rel, err := filepath.Rel(from, path)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// goEnv runs the go command in dir with extra environment, returns its
// output and fails the test if it fails.
func goEnv(t *testing.T, dir string, env []string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOCACHE="+goCache, "GOTOOLCHAIN=local")
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("go %s in %s: %v\n%s", strings.Join(args, " "), dir, err, out)
	}
	return out
}
