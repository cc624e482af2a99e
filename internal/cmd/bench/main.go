// Command bench measures what prodvet's whole suite costs next to go vet's
// default suite on the same packages, and prints the ratios as the Markdown
// tables of docs/performance.md.
//
// Usage, from the repository root:
//
//	go run ./internal/cmd/bench [-runs 5] [-targets std,modules]
//
// A target is std (the standard library), modules (every module pinned in
// testdata/bench, in one invocation), or one module path required by
// testdata/bench/go.mod. For each target and run it measures three commands
// in the benchmark module testdata/bench:
//
//	go vet PATTERN                          go vet's default suite
//	go vet -vettool=prodvet PATTERN         prodvet under the go command
//	prodvet PATTERN                         prodvet standalone, as users run it
//	prodvet -NAME.tests... PATTERN          the same with test files, as go vet does
//
// and reports the median wall time and peak memory of each, and their
// ratios to go vet. Every command starts from its own copy of one warm build
// cache, made beforehand by running go vet with a vet tool that analyzes
// nothing: the packages' dependencies are compiled, as in any CI run after
// the build, but no vet result is cached, so neither suite's work is
// replayed from the cache (go vet caches results per package and tool, and
// only -a would stop it, by recompiling everything too).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis/unitchecker"
)

func main() {
	if isVetToolInvocation(os.Args[1:]) {
		// The warm-up's vet tool: the go command runs it on every package;
		// with no analyzers it only answers the protocol.
		unitchecker.Main()
		return
	}
	runs := flag.Int("runs", 5, "measured runs of each command")
	targets := flag.String("targets", "std,modules", "comma-separated targets: std, modules, or module paths from testdata/bench/go.mod")
	flag.Parse()
	if err := run(*runs, strings.Split(*targets, ",")); err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
}

// isVetToolInvocation reports whether the go command is running this binary
// as a vet tool (-vettool): it asks for the version or flags, or passes a
// package config.
func isVetToolInvocation(args []string) bool {
	for _, a := range args {
		if a == "-V=full" || a == "-flags" || strings.HasSuffix(a, ".cfg") {
			return true
		}
	}
	return false
}

// A target is a set of packages to analyze, named as the table shows it.
type target struct {
	name     string
	patterns []string
}

// A command is one of the measured ways to analyze a target.
type command struct {
	name string
	args func(prodvet string, t target) []string
}

var commands = []command{
	{"go vet", func(_ string, t target) []string { return append([]string{"go", "vet"}, t.patterns...) }},
	{"go vet -vettool=prodvet", func(p string, t target) []string {
		return append([]string{"go", "vet", "-vettool=" + p}, t.patterns...)
	}},
	{"prodvet", func(p string, t target) []string { return append([]string{p}, t.patterns...) }},
	{"prodvet -NAME.tests", func(p string, t target) []string {
		return append(append([]string{p}, testsFlags()...), t.patterns...)
	}},
}

// testsFlags returns the flags that make every analyzer report in _test.go
// files too, which makes prodvet load and analyze the test variants of
// packages, as go vet does.
func testsFlags() []string {
	var flags []string
	for _, a := range analyzers.All() {
		flags = append(flags, "-"+a.Name+".tests")
	}
	return flags
}

func run(runs int, names []string) error {
	if runs < 1 {
		return fmt.Errorf("-runs must be at least 1")
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	benchDir := filepath.Join(root, "testdata", "bench")
	targets, err := resolveTargets(benchDir, names)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "prodvet-bench")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	prodvet := filepath.Join(tmp, "prodvet")
	if err := goCommand(root, nil, "build", "-o", prodvet, "./cmd/prodvet"); err != nil {
		return err
	}
	if err := goCommand(benchDir, nil, "mod", "download"); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	env := benchEnv()
	loadBefore := loadAverage()
	var results []targetResult
	for _, t := range targets {
		fmt.Fprintf(os.Stderr, "bench: %s: warming a build cache\n", t.name)
		warm := filepath.Join(tmp, "warm-"+strings.ReplaceAll(t.name, "/", "_"))
		if err := warmCache(benchDir, env, warm, self, t); err != nil {
			return err
		}
		res, err := measureTarget(benchDir, env, tmp, warm, prodvet, t, runs)
		if err != nil {
			return err
		}
		results = append(results, res)
		if err := os.RemoveAll(warm); err != nil {
			return err
		}
	}
	printReport(os.Stdout, machine{loadBefore: loadBefore, loadAfter: loadAverage(), runs: runs}, results)
	return nil
}

// moduleRoot returns the directory of the prodvet module, where the
// benchmark must be run from.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("run bench inside the prodvet module (go run ./internal/cmd/bench)")
	}
	root := filepath.Dir(gomod)
	if _, err := os.Stat(filepath.Join(root, "testdata", "bench", "go.mod")); err != nil {
		return "", fmt.Errorf("no benchmark module: %v", err)
	}
	return root, nil
}

// resolveTargets turns target names into package patterns, checking module
// paths against the benchmark module's requirements.
func resolveTargets(benchDir string, names []string) ([]target, error) {
	out, err := exec.Command("go", "-C", benchDir, "list", "-m", "-f", "{{if not .Indirect}}{{.Path}}{{end}}", "all").Output()
	if err != nil {
		return nil, fmt.Errorf("listing the benchmark's modules: %v", err)
	}
	var pinned []string
	for _, line := range strings.Fields(string(out)) {
		if line != "example.com/prodvet-bench" {
			pinned = append(pinned, line)
		}
	}
	var targets []target
	for _, name := range names {
		switch {
		case name == "std":
			targets = append(targets, target{name: "std", patterns: []string{"std"}})
		case name == "modules":
			t := target{name: fmt.Sprintf("modules (%d)", len(pinned))}
			for _, m := range pinned {
				t.patterns = append(t.patterns, m+"/...")
			}
			targets = append(targets, t)
		case slices.Contains(pinned, name):
			targets = append(targets, target{name: name, patterns: []string{name + "/..."}})
		default:
			return nil, fmt.Errorf("unknown target %q: want std, modules or one of %s", name, strings.Join(pinned, ", "))
		}
	}
	return targets, nil
}

// benchEnv is the environment of every measured command: this one, with
// the local toolchain and the benchmark module's own go.sum.
func benchEnv() []string {
	return append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=-mod=readonly")
}

// warmCache fills dir with a build cache in which the target's packages can
// be vetted without compiling anything: it runs go vet with this binary as
// a vet tool that analyzes nothing, so the cache holds compiled dependencies
// and no result of either measured suite.
func warmCache(benchDir string, env []string, dir, self string, t target) error {
	args := append([]string{"vet", "-vettool=" + self}, t.patterns...)
	return goCommand(benchDir, append(env, "GOCACHE="+dir), args...)
}

func goCommand(dir string, env []string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir, cmd.Env = dir, env
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return nil
}
