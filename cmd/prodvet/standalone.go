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

	"github.com/prodvet/prodvet/internal/output"
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
	case len(args) == 0 && !opts.printVetFlags:
		fmt.Fprintln(stderr, "prodvet: no packages named; try 'prodvet ./...' or 'prodvet help'")
		return exitError
	case opts.diff && !opts.fix:
		fmt.Fprintln(stderr, "prodvet: -diff goes with -fix")
		return exitError
	case countSet(opts.newFromRev, opts.newFromPatch, opts.newFromBase) > 1:
		fmt.Fprintln(stderr, "prodvet: use one of -new-from-rev, -new-from-merge-base and -new-from-patch")
		return exitError
	case opts.baseline != "" && opts.baselineWrite != "":
		fmt.Fprintln(stderr, "prodvet: use -baseline or -baseline-write, not both")
		return exitError
	case !output.IsFormat(opts.format):
		fmt.Fprintf(stderr, "prodvet: -format: unknown format %q (want one of %s)\n", opts.format, strings.Join(output.Formats, ", "))
		return exitError
	}
	if opts.json {
		if isFlagSet(fs, "format") && opts.format != "json" {
			fmt.Fprintln(stderr, "prodvet: -json is -format json; give one of them")
			return exitError
		}
		opts.format = "json"
	}
	// Profiles are created before -C, so that their paths are relative to
	// where prodvet was started, like every other path on its command line.
	stopProfiles, err := startProfiles(opts.cpuProfile, opts.memProfile)
	if err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
	}
	defer func() {
		if err := stopProfiles(); err != nil {
			fmt.Fprintf(stderr, "prodvet: %v\n", err)
		}
	}()
	if opts.dir != "" {
		if err := os.Chdir(opts.dir); err != nil {
			fmt.Fprintf(stderr, "prodvet: -C: %v\n", err)
			return exitError
		}
	}
	cfg, err := readConfig(opts.config, suite, fs, enabled)
	if err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
	}
	if opts.printVetFlags {
		return printVetFlags(cfg, stdout, stderr)
	}

	var changed changedLines
	switch {
	case opts.newFromRev != "":
		changed, err = linesChangedSince(opts.newFromRev)
	case opts.newFromBase != "":
		changed, err = linesChangedSinceMergeBase(opts.newFromBase)
	case opts.newFromPatch != "":
		changed, err = linesChangedByPatch(opts.newFromPatch, opts.emptyPatchOK)
	}
	if err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
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
	if changed != nil {
		findings = slices.DeleteFunc(findings, func(f finding) bool { return !changed.contains(f.Pos.Filename, f.Pos.Line) })
	}
	src := output.NewSource(nil)
	report := &output.Report{
		Tool: "prodvet", Version: version(), InfoURI: "https://github.com/prodvet/prodvet",
		Errors: res.errors, Source: src,
	}
	for _, a := range selected {
		report.Rules = append(report.Rules, output.Rule{ID: a.Name, Doc: a.Doc, URL: a.URL})
	}
	report.Paths = res.paths
	report.Findings = toOutput(findings, res.paths, cfg, src)

	switch {
	case opts.baselineWrite != "":
		if err := writeBaseline(opts.baselineWrite, report.Findings); err != nil {
			fmt.Fprintf(stderr, "prodvet: -baseline-write: %v\n", err)
			return exitError
		}
		fmt.Fprintf(stderr, "prodvet: recorded %d findings in %s\n", len(report.Findings), opts.baselineWrite)
		if len(res.errors) > 0 {
			return exitError
		}
		return exitClean
	case opts.baseline != "":
		kept, known, fixed, err := applyBaseline(opts.baseline, report.Findings)
		if err != nil {
			fmt.Fprintf(stderr, "prodvet: -baseline: %v\n", err)
			return exitError
		}
		report.Findings = kept
		fmt.Fprintf(stderr, "prodvet: baseline %s: %d known findings not shown, %d fixed since it was written\n", opts.baseline, known, fixed)
	}

	if opts.fix {
		// Fix only what is still reported after the filters above.
		keep := make(map[string]bool)
		for _, f := range report.Findings {
			keep[fmt.Sprintf("%s:%d:%d:%s:%s", f.Path, f.Line, f.Column, f.Analyzer, f.Message)] = true
		}
		var toFix []finding
		for _, f := range findings {
			if keep[fmt.Sprintf("%s:%d:%d:%s:%s", f.Pos.Filename, f.Pos.Line, f.Pos.Column, f.Analyzer, f.Message)] {
				toFix = append(toFix, f)
			}
		}
		remaining, err := applyFixes(toFix, opts.diff, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "prodvet: -fix: %v\n", err)
			return exitError
		}
		if opts.diff {
			remaining = nil // the diff is the output
		}
		fixed := make(map[string]bool)
		for _, f := range remaining {
			fixed[fmt.Sprintf("%s:%d:%d:%s:%s", f.Pos.Filename, f.Pos.Line, f.Pos.Column, f.Analyzer, f.Message)] = true
		}
		report.Findings = slices.DeleteFunc(report.Findings, func(f output.Finding) bool {
			return !fixed[fmt.Sprintf("%s:%d:%d:%s:%s", f.Path, f.Line, f.Column, f.Analyzer, f.Message)]
		})
	}

	if err := output.Write(stdout, opts.format, report, output.Options{SourceLines: opts.source}); err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
	}
	for _, o := range opts.outs {
		if err := writeOutputFile(o, report); err != nil {
			fmt.Fprintf(stderr, "prodvet: -out %s=%s: %v\n", o.format, o.file, err)
			return exitError
		}
	}
	if opts.summary {
		output.WriteSummary(stderr, report)
		writeTestSupport(stderr, res.testSupport, selected)
	}
	switch {
	case len(res.errors) > 0:
		return exitError
	case len(report.Findings) > 0:
		return exitFindings
	}
	return exitClean
}

func writeOutputFile(o outputFile, report *output.Report) error {
	f, err := os.Create(o.file)
	if err != nil {
		return err
	}
	if err := output.Write(f, o.format, report, output.Options{}); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// countSet returns how many of values are not empty.
func countSet(values ...string) int {
	n := 0
	for _, v := range values {
		if v != "" {
			n++
		}
	}
	return n
}

func isFlagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// readConfig loads the configuration file, if there is one, and applies
// it to the analyzers' flags and selection.
func readConfig(explicit string, suite []*analysis.Analyzer, fs *flag.FlagSet, enabled map[*analysis.Analyzer]*triState) (*config, error) {
	file, err := findConfig(explicit)
	if err != nil || file == "" {
		return nil, err
	}
	cfg, err := loadConfig(file, suite)
	if err != nil {
		return nil, err
	}
	if err := cfg.apply(fs, enabled); err != nil {
		return nil, err
	}
	return cfg, nil
}

// printVetFlags prints the configuration as flags for go vet -vettool, one
// a line and unquoted, for a shell to read into an array:
//
//	mapfile -t flags < <(prodvet -print-vet-flags)
//	go vet -vettool=$(which prodvet) "${flags[@]}" ./...
//
// Values such as (*pkg.T).Method need quoting on one command line, and
// quotes inside $(...) reach go vet as part of the flag; lines need none.
func printVetFlags(cfg *config, stdout, stderr io.Writer) int {
	if cfg == nil {
		return exitClean
	}
	flags, ignored := cfg.vetFlags()
	for _, f := range flags {
		fmt.Fprintln(stdout, f)
	}
	if len(ignored) > 0 {
		fmt.Fprintf(stderr, "prodvet: %s: %s apply to standalone runs only; go vet has no equivalent\n", cfg.file, strings.Join(ignored, ", "))
	}
	return exitClean
}

// result is what one standalone run found.
type result struct {
	paths    *output.Paths // how file names print: relative to the module root, module@version/path, ...
	findings []finding
	errors   []string // packages that did not load or type-check, analyzer failures

	// testSupport lists the packages analyzers skip as test support unless
	// their -NAME.tests flag is set, for -summary to name.
	testSupport []testSupportPackage
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
		return nil, loadError(err)
	}
	if len(pkgs) == 0 {
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	paths := newPaths(pkgs)
	res := &result{paths: paths, errors: packageErrors(pkgs, paths), testSupport: testSupportPackages(pkgs)}

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

// loadError words an error of the go command, which go/packages wraps as
// "err: exit status 1: stderr: go: ...", as one line of what went wrong.
func loadError(err error) error {
	msg := err.Error()
	if _, rest, ok := strings.Cut(msg, "stderr: "); ok && strings.HasPrefix(msg, "err: ") {
		msg = rest
	}
	for line := range strings.SplitSeq(msg, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			return fmt.Errorf("cannot load packages: %s", strings.TrimPrefix(line, "go: "))
		}
	}
	return fmt.Errorf("cannot load packages: %v", err)
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
func packageErrors(pkgs []*packages.Package, paths *output.Paths) []string {
	var lines []string
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if len(p.Errors) == 0 || seen[p.PkgPath] {
			return
		}
		seen[p.PkgPath] = true
		var msgs []string
		for _, e := range p.Errors {
			if m := errorLine(e, paths); !slices.Contains(msgs, m) {
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
func errorLine(e packages.Error, paths *output.Paths) string {
	msg := e.Msg
	if e.Pos != "" && e.Pos != "-" {
		msg = showPos(paths, e.Pos) + ": " + msg
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
