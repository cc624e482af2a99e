package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
)

// options are the standalone driver's own flags.
type options struct {
	json          bool
	format        string
	outs          outputFiles
	source        bool
	summary       bool
	fix           bool
	diff          bool
	dir           string
	tags          string
	version       bool
	config        string
	printVetFlags bool
	newFromRev    string
	newFromPatch  string
	newFromBase   string
	emptyPatchOK  bool
	baseline      string
	baselineWrite string
	cpuProfile    string
	memProfile    string
}

// outputFiles collects -out FORMAT=FILE flags.
type outputFiles []outputFile

type outputFile struct{ format, file string }

func (o *outputFiles) String() string { return "" }
func (o *outputFiles) Set(s string) error {
	format, file, ok := strings.Cut(s, "=")
	if !ok || file == "" {
		return fmt.Errorf("want FORMAT=FILE")
	}
	if !output.IsFormat(format) {
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(output.Formats, ", "))
	}
	*o = append(*o, outputFile{format, file})
	return nil
}

// newFlagSet declares the driver's flags and, for every analyzer, -NAME to
// select it and -NAME.FLAG for each of its options, the names go vet uses, so
// a command line works the same under both drivers.
func newFlagSet(suite []*analysis.Analyzer, opts *options, enabled map[*analysis.Analyzer]*triState) *flag.FlagSet {
	fs := flag.NewFlagSet("prodvet", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are worded by us, in one line
	fs.BoolVar(&opts.json, "json", false, "same as -format json")
	fs.StringVar(&opts.format, "format", "text", "print findings on standard output as `format`: "+strings.Join(output.Formats, ", "))
	fs.Var(&opts.outs, "out", "also write findings in `format=file` (repeatable), e.g. -out sarif=results.sarif")
	fs.BoolVar(&opts.source, "source", false, "text format: print the source line and a caret under each finding")
	fs.BoolVar(&opts.summary, "summary", false, "print the number of findings per analyzer, and each package skipped as test support, on standard error")
	fs.StringVar(&opts.config, "config", "", "read configuration from `file` (default: .prodvet.yml in the module root, if any)")
	fs.BoolVar(&opts.printVetFlags, "print-vet-flags", false, "print the configuration file as flags for go vet -vettool, and exit")
	fs.StringVar(&opts.newFromRev, "new-from-rev", "", "report only findings on lines added or changed since git revision `rev`")
	fs.StringVar(&opts.newFromPatch, "new-from-patch", "", "report only findings on lines the unified diff in `file` adds")
	fs.StringVar(&opts.newFromBase, "new-from-merge-base", "", "report only findings on lines added or changed since the merge base of HEAD and git revision `rev`")
	fs.BoolVar(&opts.emptyPatchOK, "new-from-patch-empty", false, "accept an empty -new-from-patch file as a change of no lines (reporting nothing)")
	fs.StringVar(&opts.baseline, "baseline", "", "report only findings not recorded in the baseline `file`")
	fs.StringVar(&opts.baselineWrite, "baseline-write", "", "record all findings in the baseline `file` and report none")
	fs.BoolVar(&opts.fix, "fix", false, "apply suggested fixes, then report the findings that have none")
	fs.BoolVar(&opts.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of writing files")
	fs.StringVar(&opts.dir, "C", "", "change to `dir` before loading packages")
	fs.StringVar(&opts.tags, "tags", "", "comma-separated build `tags` to load packages with")
	fs.BoolVar(&opts.version, "version", false, "print prodvet's version and exit")
	fs.StringVar(&opts.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to `file` (the flag go vet's analyzers take)")
	fs.StringVar(&opts.memProfile, "memprofile", "", "write a heap profile, taken at the end of the run, to `file`")
	for _, a := range suite {
		ts := new(triState)
		enabled[a] = ts
		fs.Var(ts, a.Name, fmt.Sprintf("run only the analyzers selected this way (or, with =false, all but %s)", a.Name))
		a.Flags.VisitAll(func(f *flag.Flag) {
			fs.Var(f.Value, a.Name+"."+f.Name, f.Usage)
		})
	}
	return fs
}

// selectAnalyzers applies -NAME flags the way go vet does: if any is true,
// run only those; otherwise run the default suite (analyzers.OnByDefault)
// and the analyzers the configuration turns on, but not the ones set to
// false.
func selectAnalyzers(suite []*analysis.Analyzer, enabled map[*analysis.Analyzer]*triState) []*analysis.Analyzer {
	anyTrue := false
	for _, a := range suite {
		anyTrue = anyTrue || *enabled[a] == setTrue
	}
	var keep []*analysis.Analyzer
	for _, a := range suite {
		switch ts := *enabled[a]; {
		case anyTrue:
			if ts == setTrue {
				keep = append(keep, a)
			}
		case ts == turnedOn || ts == unset && analyzers.OnByDefault(a.Name):
			keep = append(keep, a)
		}
	}
	return keep
}

// triState is a boolean flag that remembers whether it was set.
type triState int

const (
	unset triState = iota
	setTrue
	setFalse
	// turnedOn is an analyzer off by default that the configuration file
	// enables: it joins the default suite instead of replacing it, as
	// setTrue on the command line would.
	turnedOn
)

func (ts *triState) IsBoolFlag() bool { return true }
func (ts *triState) String() string   { return strconv.FormatBool(*ts != setFalse) }
func (ts *triState) Set(s string) error {
	b, err := strconv.ParseBool(s)
	if err != nil {
		return fmt.Errorf("want true or false")
	}
	*ts = setFalse
	if b {
		*ts = setTrue
	}
	return nil
}

// printHelp prints the suite overview, or one analyzer's documentation and
// flags.
func printHelp(w io.Writer, suite []*analysis.Analyzer, fs *flag.FlagSet, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(w, overview)
		fmt.Fprintln(w, "\nAnalyzers:")
		for _, a := range suite {
			title, _, _ := strings.Cut(a.Doc, "\n\n")
			if !analyzers.OnByDefault(a.Name) {
				title += " (off by default)"
			}
			fmt.Fprintf(w, "    %-16s %s\n", a.Name, title)
		}
		fmt.Fprintln(w, "\nFlags:")
		printFlags(w, fs, func(name string) bool { return !strings.Contains(name, ".") && !isAnalyzer(suite, name) })
		fmt.Fprintln(w, "\nRun 'prodvet help NAME' for an analyzer's documentation and flags.")
		return nil
	}
	for _, name := range args {
		a := findAnalyzer(suite, name)
		if a == nil {
			return fmt.Errorf("no analyzer named %q; run 'prodvet help' for the list", name)
		}
		fmt.Fprintf(w, "%s: %s\n", a.Name, strings.TrimSpace(a.Doc))
		fmt.Fprintf(w, "\nDocumentation: %s\n", a.URL)
		fmt.Fprintln(w, "\nFlags:")
		printFlags(w, fs, func(flagName string) bool {
			return flagName == a.Name || strings.HasPrefix(flagName, a.Name+".")
		})
	}
	return nil
}

func printFlags(w io.Writer, fs *flag.FlagSet, keep func(string) bool) {
	var lines []string
	fs.VisitAll(func(f *flag.Flag) {
		if !keep(f.Name) {
			return
		}
		arg, usage := flag.UnquoteUsage(f)
		line := "  -" + f.Name
		if arg != "" {
			line += " " + arg
		}
		lines = append(lines, line+"\n        "+usage)
	})
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
}

func findAnalyzer(suite []*analysis.Analyzer, name string) *analysis.Analyzer {
	for _, a := range suite {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func isAnalyzer(suite []*analysis.Analyzer, name string) bool {
	return findAnalyzer(suite, name) != nil
}

const overview = `prodvet finds Go code that works on a laptop and fails in production.

Usage:
    prodvet [flags] packages...                   analyze packages
    go vet -vettool=$(which prodvet) packages...  the same, driven by the go command
    prodvet help [analyzer]                       this text, or an analyzer's documentation

Select analyzers with -NAME (only these) or -NAME=false (the default
suite but these); one off by default runs when named, or when enabled in
.prodvet.yml. Set an analyzer's options with -NAME.FLAG. Standalone runs
read .prodvet.yml in the module root (see -config); suppress a finding
with //prodvet:ignore NAME -- reason on its line or the line above.

Exit status: 0 nothing to report, 1 findings, 2 prodvet could not do its
job (bad flags, packages that do not load or type-check, internal errors).
`
