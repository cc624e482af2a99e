package prodvet_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// prodvetBin is the prodvet binary built once for all end-to-end scripts;
// goCache is a build cache made fresh for this run and shared by them.
var prodvetBin, goCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "prodvet-e2e")
	if err != nil {
		panic(err)
	}
	prodvetBin = filepath.Join(dir, "prodvet")
	goCache = filepath.Join(dir, "gocache")
	build := exec.Command("go", "build", "-o", prodvetBin, "./cmd/prodvet")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building prodvet: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScripts runs the end-to-end scripts in testdata/script against the
// built binary: each is a txtar archive holding a small module and the
// commands to run on it, with their expected output.
//
// Scripts see prodvet on PATH and its absolute path as $PRODVET (for
// go vet -vettool). go vet in Go 1.26.0-1.26.8 caches results without the
// "dependency only" bit, so a package first vetted as a dependency is later
// reported with no findings. The build cache is therefore fresh for every
// test run, and every script uses its own module path; a script that vets
// the same package twice must pass -a.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(env *testscript.Env) error {
			env.Setenv("PRODVET", prodvetBin)
			env.Setenv("PATH", filepath.Dir(prodvetBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
			env.Setenv("GOCACHE", goCache)
			env.Setenv("GOFLAGS", "-mod=mod")
			env.Setenv("GOPROXY", "off")
			env.Setenv("GOTOOLCHAIN", "local")
			for _, k := range []string{"HOME", "GOPATH", "GOMODCACHE", "GOROOT"} {
				if v := os.Getenv(k); v != "" {
					env.Setenv(k, v)
				}
			}
			if os.Getenv("GOMODCACHE") == "" {
				out, _ := exec.Command("go", "env", "GOMODCACHE").Output()
				env.Setenv("GOMODCACHE", string(trimNL(out)))
			}
			env.Setenv("GOARCH", runtime.GOARCH)
			return nil
		},
		RequireExplicitExec: true,
	})
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
