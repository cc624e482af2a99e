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
	"time"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// runStandalone is prodvet without the go command: it loads the packages
// named by args with go/packages, runs the selected analyzers and prints
// what they found. It returns the exit code.
//
// It is a pipeline of stages over one finding type (output.Finding):
// load and analyze, findings, filter (config, changed lines, baseline),
// fix, write.
func runStandalone(args []string, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	inv, code, done := parseCommandLine(args, suite, stdout, stderr)
	if done {
		return code
	}
	// Profiles are created before -C, so that their paths are relative to
	// where prodvet was started, like every other path on its command line.
	stopProfiles, err := startProfiles(inv.opts.cpuProfile, inv.opts.memProfile)
	if err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return exitError
	}
	defer func() {
		if err := stopProfiles(); err != nil {
			fmt.Fprintf(stderr, "prodvet: %v\n", err)
		}
	}()
	return inv.run(stdout, stderr)
}

// An invocation is a parsed command line.
type invocation struct {
	opts     options
	suite    []*analysis.Analyzer
	enabled  map[*analysis.Analyzer]*triState
	flags    *flag.FlagSet
	patterns []string
}

// parseCommandLine parses and checks args. When done, the run is over
// (help, -version, a bad command line) with the exit code code.
func parseCommandLine(args []string, suite []*analysis.Analyzer, stdout, stderr io.Writer) (inv *invocation, code int, done bool) {
	inv = &invocation{suite: suite, enabled: make(map[*analysis.Analyzer]*triState)}
	inv.flags = newFlagSet(suite, &inv.opts, inv.enabled)
	if err := inv.flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			_ = printHelp(stdout, suite, inv.flags, nil)
			return nil, exitClean, true
		}
		fmt.Fprintf(stderr, "prodvet: %v\nRun 'prodvet help' for usage.\n", err)
		return nil, exitError, true
	}
	inv.patterns = inv.flags.Args()
	opts := &inv.opts
	switch {
	case opts.version:
		fmt.Fprintf(stdout, "prodvet %s\n", version())
		return nil, exitClean, true
	case len(inv.patterns) > 0 && inv.patterns[0] == "help":
		if err := printHelp(stdout, suite, inv.flags, inv.patterns[1:]); err != nil {
			fmt.Fprintf(stderr, "prodvet: %v\n", err)
			return nil, exitError, true
		}
		return nil, exitClean, true
	}
	if err := checkOptions(opts, len(inv.patterns) > 0, isFlagSet(inv.flags, "format")); err != nil {
		fmt.Fprintf(stderr, "prodvet: %v\n", err)
		return nil, exitError, true
	}
	return inv, 0, false
}

// checkOptions checks the driver's flags against each other, and turns
// -json into -format json.
func checkOptions(opts *options, havePatterns, formatSet bool) error {
	switch {
	case !havePatterns && !opts.printVetFlags:
		return errors.New("no packages named; try 'prodvet ./...' or 'prodvet help'")
	case opts.diff && !opts.fix:
		return errors.New("-diff goes with -fix")
	case countSet(opts.newFromRev, opts.newFromPatch, opts.newFromBase) > 1:
		return errors.New("use one of -new-from-rev, -new-from-merge-base and -new-from-patch")
	case opts.baseline != "" && opts.baselineWrite != "":
		return errors.New("use -baseline or -baseline-write, not both")
	case !output.IsFormat(opts.format):
		return fmt.Errorf("-format: unknown format %q (want one of %s)", opts.format, strings.Join(output.Formats, ", "))
	case opts.json && formatSet && opts.format != "json":
		return errors.New("-json is -format json; give one of them")
	}
	if opts.json {
		opts.format = "json"
	}
	return nil
}

// run runs the pipeline and returns the exit code.
func (inv *invocation) run(stdout, stderr io.Writer) int {
	fail := func(prefix string, err error) int {
		fmt.Fprintf(stderr, "prodvet: %s%v\n", prefix, err)
		return exitError
	}
	opts := &inv.opts
	if opts.dir != "" {
		if err := os.Chdir(opts.dir); err != nil {
			return fail("-C: ", err)
		}
	}
	cfg, err := readConfig(opts.config, inv.suite, inv.flags, inv.enabled)
	if err != nil {
		return fail("", err)
	}
	if opts.printVetFlags {
		return printVetFlags(cfg, inv.suite, stdout, stderr)
	}
	changed, err := changedSince(opts)
	if err != nil {
		return fail("", err)
	}
	selected := selectAnalyzers(inv.suite, inv.enabled)
	res, err := analyze(selected, inv.patterns, opts.tags)
	if err != nil {
		return fail("", err)
	}
	for _, e := range res.errors {
		fmt.Fprintf(stderr, "prodvet: %s\n", e)
	}
	report := newReport(selected, res, cfg)
	report.Findings = keepChanged(applyConfig(res.findings, cfg), changed)
	fingerprint(report.Findings, report.Source)
	if opts.baselineWrite != "" {
		return writeBaselineStage(opts.baselineWrite, report, stderr)
	}
	if report.Findings, err = baselineStage(opts.baseline, report.Findings, stderr); err != nil {
		return fail("-baseline: ", err)
	}
	reported := len(report.Findings)
	if opts.fix {
		if report.Findings, err = applyFixes(report.Findings, opts.diff, stdout); err != nil {
			return fail("-fix: ", err)
		}
	}
	if err := writeOutputs(stdout, stderr, opts, report, res); err != nil {
		return fail("", err)
	}
	if opts.diff {
		// The diff is the output: the findings it fixes are still in the
		// code, so they count for the exit status, as the others do.
		return exitCode(len(res.errors), reported)
	}
	return exitCode(len(res.errors), len(report.Findings))
}

// exitCode returns the documented exit status: 2 for errors, which wins
// over 1 for findings.
func exitCode(errors, findings int) int {
	switch {
	case errors > 0:
		return exitError
	case findings > 0:
		return exitFindings
	}
	return exitClean
}

// changedSince is the lines -new-from-rev, -new-from-merge-base or
// -new-from-patch select, or nil when none is given.
func changedSince(opts *options) (changedLines, error) {
	switch {
	case opts.newFromRev != "":
		return linesChangedSince(opts.newFromRev)
	case opts.newFromBase != "":
		return linesChangedSinceMergeBase(opts.newFromBase)
	case opts.newFromPatch != "":
		return linesChangedByPatch(opts.newFromPatch, opts.emptyPatchOK)
	}
	return nil, nil
}

// newReport starts the report of a run: the rules that ran, with their
// severity and precision, the errors, how paths print. Findings are added
// by the filter stages.
func newReport(selected []*analysis.Analyzer, res *result, cfg *config) *output.Report {
	report := &output.Report{
		Tool: "prodvet", Version: version(), SemanticVersion: semanticVersion(),
		InfoURI: "https://github.com/prodvet/prodvet",
		Errors:  res.errors, Source: output.NewSource(nil), Paths: res.paths,
	}
	for _, a := range selected {
		report.Rules = append(report.Rules, output.Rule{
			ID: a.Name, Doc: a.Doc, URL: a.URL,
			Severity: cfg.severityOf(a.Name), Precision: analyzers.Precision(a.Name),
		})
	}
	return report
}

// writeBaselineStage records the findings as the baseline file and ends
// the run: 0, or 2 when there were errors.
func writeBaselineStage(file string, report *output.Report, stderr io.Writer) int {
	if err := writeBaseline(file, report.Findings); err != nil {
		fmt.Fprintf(stderr, "prodvet: -baseline-write: %v\n", err)
		return exitError
	}
	fmt.Fprintf(stderr, "prodvet: recorded %d findings in %s\n", len(report.Findings), file)
	return exitCode(len(report.Errors), 0)
}

// baselineStage drops the findings recorded in file, if one is given, and
// says how many on stderr.
func baselineStage(file string, fs []output.Finding, stderr io.Writer) ([]output.Finding, error) {
	if file == "" {
		return fs, nil
	}
	kept, known, fixed, err := applyBaseline(file, fs)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stderr, "prodvet: baseline %s: %d known findings not shown, %d fixed since it was written\n", file, known, fixed)
	return kept, nil
}

// writeOutputs is the write stage: the report in -format on stdout (unless
// -fix -diff printed a diff there, then the findings left unfixed go to
// stderr as text), every -out file, and the -summary.
func writeOutputs(stdout, stderr io.Writer, opts *options, report *output.Report, res *result) error {
	w, format := stdout, opts.format
	if opts.diff {
		w, format = stderr, "text"
	}
	if err := output.Write(w, format, report, output.Options{SourceLines: opts.source}); err != nil {
		return err
	}
	for _, o := range opts.outs {
		if err := writeOutputFile(o, report); err != nil {
			return fmt.Errorf("-out %s=%s: %v", o.format, o.file, err)
		}
	}
	if opts.summary {
		output.WriteSummary(stderr, report)
		writeTestSupport(stderr, res.testSupport, res.selected)
	}
	if file := os.Getenv("GITHUB_STEP_SUMMARY"); file != "" && usesFormat(opts, "github") {
		if err := appendJobSummary(file, report); err != nil {
			return fmt.Errorf("GITHUB_STEP_SUMMARY: %v", err)
		}
	}
	return nil
}

// usesFormat reports whether the run writes format, on stdout or by -out.
func usesFormat(opts *options, format string) bool {
	if opts.format == format && !opts.diff {
		return true
	}
	for _, o := range opts.outs {
		if o.format == format {
			return true
		}
	}
	return false
}

// appendJobSummary adds the run's job summary to file, as GitHub Actions
// expects of $GITHUB_STEP_SUMMARY: annotations beyond GitHub's limits (10
// of a kind per step, 50 per job) are not shown, the summary lists all.
func appendJobSummary(file string, report *output.Report) error {
	f, err := os.OpenFile(file, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if err := output.WriteGitHubJobSummary(f, report); err != nil {
		f.Close()
		return err
	}
	return f.Close()
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
func printVetFlags(cfg *config, suite []*analysis.Analyzer, stdout, stderr io.Writer) int {
	if cfg == nil {
		return exitClean
	}
	flags, ignored := cfg.vetFlags(suite)
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
	selected []*analysis.Analyzer
	findings []output.Finding // sorted; severity and fingerprint not yet set
	errors   []string         // packages that did not load or type-check, analyzer failures

	// testSupport lists the packages analyzers skip as test support unless
	// their -NAME.tests flag is set, for -summary to name.
	testSupport []testSupportPackage
}

// analyze is the load, analyze and findings stages: it loads the packages
// matching patterns, runs analyzers on them and collects what they found.
func analyze(analyzers []*analysis.Analyzer, patterns []string, tags string) (*result, error) {
	pkgs, err := load(analyzers, patterns, tags)
	if err != nil {
		return nil, err
	}
	paths := newPaths(pkgs)
	res := &result{paths: paths, selected: analyzers, errors: packageErrors(pkgs, paths), testSupport: testSupportPackages(pkgs)}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		return nil, err
	}
	res.errors = append(res.errors, analysisErrors(graph)...)
	res.findings = collectFindings(graph, paths)
	return res, nil
}

// load is the load stage: the packages matching patterns, from source
// where the analyzers need it (all of them when one uses facts), with test
// variants when an analyzer reports in tests.
func load(analyzers []*analysis.Analyzer, patterns []string, tags string) ([]*packages.Package, error) {
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
	return pkgs, nil
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

// semanticVersion returns the version for SARIF's semanticVersion: the
// module version without its v, or else a pseudo-version from the build's
// VCS stamp, or else 0.0.0-devel; never "(devel)", which is not SemVer.
func semanticVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "0.0.0-devel"
	}
	return semverOf(info)
}

func semverOf(info *debug.BuildInfo) string {
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return strings.TrimPrefix(v, "v")
	}
	var rev, when string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	t, err := time.Parse(time.RFC3339, when)
	if rev == "" || err != nil {
		return "0.0.0-devel"
	}
	v := fmt.Sprintf("0.0.0-%s-%.12s", t.UTC().Format("20060102150405"), rev)
	if dirty {
		v += "+dirty"
	}
	return v
}
