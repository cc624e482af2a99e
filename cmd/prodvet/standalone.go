package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// runStandalone is prodvet without the go command: it loads the packages
// named by args with go/packages, runs the selected analyzers and prints
// what they found. It returns the exit code.
func runStandalone(args []string, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	var opts options
	enabled := make(map[*analysis.Analyzer]*triState)
	fs := newFlagSet(suite, &opts, enabled)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_ = printHelp(stdout, suite, fs, nil)
			return exitClean
		}
		fmt.Fprintf(stderr, "prodvet: %v\nRun 'prodvet help' for usage.\n", err)
		return exitError
	}
	args = fs.Args()
	switch {
	case opts.version:
		fmt.Fprintf(stdout, "prodvet %s\n", version())
		return exitClean
	case len(args) > 0 && args[0] == "help":
		if err := printHelp(stdout, suite, fs, args[1:]); err != nil {
			fmt.Fprintf(stderr, "prodvet: %v\n", err)
			return exitError
		}
		return exitClean
	case len(args) == 0:
		fmt.Fprintln(stderr, "prodvet: no packages named; try 'prodvet ./...' or 'prodvet help'")
		return exitError
	case opts.diff && !opts.fix:
		fmt.Fprintln(stderr, "prodvet: -diff goes with -fix")
		return exitError
	}
	if opts.dir != "" {
		if err := os.Chdir(opts.dir); err != nil {
			fmt.Fprintf(stderr, "prodvet: -C: %v\n", err)
			return exitError
		}
	}

	selected := selectAnalyzers(suite, enabled)
	res, err := analyze(selected, args, opts.tags)
	if err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
	}
	for _, e := range res.errors {
		fmt.Fprintf(stderr, "prodvet: %s\n", e)
	}

	findings := res.findings
	if opts.fix {
		remaining, err := applyFixes(findings, opts.diff, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "prodvet: -fix: %v\n", err)
			return exitError
		}
		findings = remaining
		if opts.diff {
			findings = nil // the diff is the output
		}
	}

	if opts.json {
		if err := writeJSON(stdout, findings, res.errors); err != nil {
			fmt.Fprintf(stderr, "prodvet: %v\n", err)
			return exitError
		}
	} else {
		writeText(stdout, findings)
	}
	switch {
	case len(res.errors) > 0:
		return exitError
	case len(findings) > 0:
		return exitFindings
	}
	return exitClean
}

// result is what one standalone run found.
type result struct {
	findings []finding
	errors   []string // packages that did not load or type-check, analyzer failures
}

// analyze loads the packages matching patterns and runs analyzers on them.
func analyze(analyzers []*analysis.Analyzer, patterns []string, tags string) (*result, error) {
	mode := packages.LoadSyntax
	if needsFacts(analyzers) {
		mode = packages.LoadAllSyntax
	}
	cfg := &packages.Config{
		Mode:  mode | packages.NeedModule,
		Tests: wantsTestFiles(analyzers),
	}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, err
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	res := &result{errors: packageErrors(pkgs)}

	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return nil, err
	}
	res.errors = append(res.errors, analysisErrors(graph)...)
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			res.findings = append(res.findings, newFinding(act, d))
		}
	}
	res.findings = sortAndDedupe(res.findings)
	return res, nil
}

// analysisErrors returns the errors analyzers returned, once each, in a
// stable order. It looks at every action, not just the roots: an analyzer
// that fails on a dependency (while computing facts) fails every package
// above it with a bare "failed prerequisites", and the cause is below.
// Packages that did not type-check were already named by packageErrors.
func analysisErrors(graph *checker.Graph) []string {
	var errs []string
	for act := range graph.All() {
		if act.Err == nil || act.Package.IllTyped || strings.HasPrefix(act.Err.Error(), "failed prerequisites") {
			continue
		}
		if msg := act.Err.Error(); !slices.Contains(errs, msg) {
			errs = append(errs, msg)
		}
	}
	slices.Sort(errs)
	return errs
}

// packageErrors returns one line per package that failed to load or
// type-check, naming the package and its first error: enough to act on,
// without burying the findings of the packages that did load.
func packageErrors(pkgs []*packages.Package) []string {
	var lines []string
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 || seen[p.PkgPath] {
			return
		}
		seen[p.PkgPath] = true
		var msgs []string
		for _, e := range p.Errors {
			if m := errorLine(e); !slices.Contains(msgs, m) {
				msgs = append(msgs, m)
			}
		}
		line := fmt.Sprintf("package %s not analyzed: %s", p.PkgPath, msgs[0])
		if n := len(msgs) - 1; n > 0 {
			line += fmt.Sprintf(" (and %d more)", n)
		}
		lines = append(lines, line)
	})
	return lines
}

// errorLine renders a package error on one line. Errors reported by the go
// command carry no position of their own but a "# pkg" header and the
// position inside the message.
func errorLine(e packages.Error) string {
	msg := e.Msg
	if e.Pos != "" && e.Pos != "-" {
		msg = e.Pos + ": " + msg
	}
	var parts []string
	for line := range strings.SplitSeq(msg, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "# ") {
			parts = append(parts, line)
		}
	}
	return strings.Join(parts, "; ")
}

// needsFacts reports whether any analyzer, or one it requires, uses facts:
// only then must dependencies be loaded from source.
func needsFacts(analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		if len(a.FactTypes) > 0 || needsFacts(a.Requires) {
			return true
		}
	}
	return false
}

// wantsTestFiles reports whether any analyzer was asked (by its -NAME.tests
// flag) to report in _test.go files. Loading test variants costs a second
// type-check of every package that has tests, so it is paid only then.
func wantsTestFiles(analyzers []*analysis.Analyzer) bool {
	for _, a := range analyzers {
		if f := a.Flags.Lookup("tests"); f != nil && f.Value.String() == "true" {
			return true
		}
	}
	return false
}

// version returns the module version prodvet was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
