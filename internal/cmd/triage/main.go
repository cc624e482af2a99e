// Command triage measures prodvet on real code: it runs prodvet on the
// services pinned in testdata/triage/services.txt and compares the findings
// with the verdicts people gave them, one triage file per service
// (testdata/triage/NAME.txt). See docs/precision.md for the corpus, the
// verdicts and the latest figures.
//
// Usage, from the repository root:
//
//	go run ./internal/cmd/triage [flags]
//
// It lists findings nobody has judged yet and judged findings that
// vanished, and prints precision per analyzer and per service. Flags:
//
//	-check        exit 1 on an unjudged finding, a vanished real finding or
//	              a service prodvet could not analyze (CI runs this)
//	-update       rewrite the triage files: new findings enter as "?" (or
//	              "unsampled"), vanished ones leave, places are refreshed
//	-show         print each unjudged finding with its message and source
//	-markdown     print the precision tables as Markdown
//	-services a,b only these services
//	-json-dir D   save prodvet's JSON output per service in D
//	-reuse        read the JSON saved in -json-dir instead of running prodvet
//	-prodvet P    use this prodvet binary instead of building the checkout
//
// A triage file has one line per finding:
//
//	VERDICT ANALYZER FINGERPRINT FILE:LINE | REASON
//
// where VERDICT is real (a senior engineer would ask to fix it before
// merge), minor (true but low impact), fp (wrong, or deliberate and safe),
// unsampled (outside the judged sample of an analyzer with more than 60
// findings on the service) or ? (not judged yet).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

type options struct {
	check, update, show, markdown, reuse bool
	services, jsonDir, prodvet           string
}

func main() {
	var o options
	flag.BoolVar(&o.check, "check", false, "exit 1 on unjudged findings, vanished real findings or analysis errors")
	flag.BoolVar(&o.update, "update", false, "rewrite the triage files with today's findings")
	flag.BoolVar(&o.show, "show", false, "print each unjudged finding with its message and source line")
	flag.BoolVar(&o.markdown, "markdown", false, "print the precision tables as Markdown")
	flag.BoolVar(&o.reuse, "reuse", false, "read prodvet's output from -json-dir instead of running it")
	flag.StringVar(&o.services, "services", "", "comma-separated services to triage (default all)")
	flag.StringVar(&o.jsonDir, "json-dir", "", "directory to save (or, with -reuse, read) prodvet's JSON per service")
	flag.StringVar(&o.prodvet, "prodvet", "", "prodvet binary to run (default: build ./cmd/prodvet)")
	flag.Parse()
	ok, err := run(o)
	if err != nil {
		fmt.Fprintf(os.Stderr, "triage: %v\n", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

const corpusDir = "testdata/triage"

// run triages every selected service and reports whether the check passed.
func run(o options) (bool, error) {
	if o.reuse && o.jsonDir == "" {
		return false, errors.New("-reuse needs -json-dir")
	}
	svcs, err := readServices(filepath.Join(corpusDir, "services.txt"))
	if err != nil {
		return false, err
	}
	if svcs, err = selectServices(svcs, o.services); err != nil {
		return false, err
	}
	if !o.reuse {
		cleanup, err := prepare(&o)
		if err != nil {
			return false, err
		}
		defer cleanup()
	}
	names := make([]string, len(svcs))
	for i, s := range svcs {
		names[i] = s.Name
	}
	tab := newTable(names, nil)
	pass := true
	for _, s := range svcs {
		ok, err := triageService(o, s, tab)
		if err != nil {
			return false, err
		}
		pass = pass && ok
	}
	fmt.Println()
	if o.markdown {
		tab.writeMarkdown(os.Stdout)
	} else {
		tab.writeText(os.Stdout)
	}
	if o.check && !pass {
		fmt.Println("\ntriage check failed: judge the new findings (go run ./internal/cmd/triage -update -show, then edit testdata/triage), or restore the vanished real ones")
	}
	return !o.check || pass, nil
}

func selectServices(all []service, list string) ([]service, error) {
	if list == "" {
		return all, nil
	}
	var out []service
	for _, name := range strings.Split(list, ",") {
		i := slices.IndexFunc(all, func(s service) bool { return s.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("no service %q in %s/services.txt", name, corpusDir)
		}
		out = append(out, all[i])
	}
	return out, nil
}

// prepare builds prodvet from the checkout unless -prodvet names a binary,
// and makes -json-dir.
func prepare(o *options) (cleanup func(), err error) {
	cleanup = func() {}
	if o.jsonDir != "" {
		if err := os.MkdirAll(o.jsonDir, 0o755); err != nil {
			return nil, err
		}
	}
	if o.prodvet != "" {
		o.prodvet, err = filepath.Abs(o.prodvet)
		return cleanup, err
	}
	tmp, err := os.MkdirTemp("", "prodvet-triage")
	if err != nil {
		return nil, err
	}
	o.prodvet = filepath.Join(tmp, "prodvet")
	build := exec.Command("go", "build", "-o", o.prodvet, "./cmd/prodvet")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(tmp)
		return nil, fmt.Errorf("building prodvet: %v", err)
	}
	return func() { os.RemoveAll(tmp) }, nil
}

// triageService analyzes one service, compares the findings with its
// triage file, prints what changed and counts the verdicts into tab. It
// reports whether the service passes the check.
func triageService(o options, s service, tab *table) (bool, error) {
	var res *result
	var err error
	if o.reuse {
		res, err = load(s, o.jsonDir)
	} else {
		res, err = analyze(o.prodvet, s, o.jsonDir)
	}
	if err != nil {
		return false, err
	}
	file := filepath.Join(corpusDir, s.Name+".txt")
	tf, err := readTriageFile(file)
	if err != nil {
		return false, err
	}
	d := reconcile(tf, res.Findings)
	tab.addService(s.Name, d.Entries)

	vanishedReal := 0
	for _, e := range d.Vanished {
		if e.Verdict == real {
			vanishedReal++
		}
	}
	fmt.Printf("%s (%s@%s): %d findings, %d unjudged, %d judged ones vanished (%d real), %d errors\n",
		s.Name, s.Module, s.Version, len(res.Findings), len(d.New), len(d.Vanished), vanishedReal, len(res.Errors))
	for _, e := range res.Errors {
		fmt.Printf("  error: %s\n", e)
	}
	for _, i := range d.New {
		e := d.Entries[i]
		fmt.Printf("  unjudged: %s %s %s:%d\n", e.Analyzer, e.Fingerprint, e.File, e.Line)
		if o.show {
			showFinding(res, e)
		}
	}
	for _, e := range d.Vanished {
		fmt.Printf("  vanished: %s %s %s %s:%d | %s\n", e.Verdict, e.Analyzer, e.Fingerprint, e.File, e.Line, e.Reason)
	}
	if o.update {
		tf.Header = header(s, d.Entries)
		tf.Entries = d.Entries
		if err := tf.save(file); err != nil {
			return false, err
		}
	}
	return len(res.Errors) == 0 && len(d.New) == 0 && vanishedReal == 0, nil
}

// header is the comment a triage file starts with: what was analyzed, and
// the count behind each sample.
func header(s service, es []entry) []string {
	h := []string{
		fmt.Sprintf("# %s@%s (patterns: %s): verdicts on prodvet's findings.", s.Module, s.Version, strings.Join(s.Patterns, " ")),
		"# VERDICT ANALYZER FINGERPRINT FILE:LINE | REASON; verdicts: real, minor, fp, unsampled, ? (see docs/precision.md)",
	}
	counts := make(map[string][2]int)
	var order []string
	for _, e := range es {
		c, seen := counts[e.Analyzer]
		if !seen {
			order = append(order, e.Analyzer)
		}
		c[0]++
		if e.Verdict != unsampled {
			c[1]++
		}
		counts[e.Analyzer] = c
	}
	slices.Sort(order)
	for _, a := range order {
		if c := counts[a]; c[0] > crowdLimit {
			h = append(h, fmt.Sprintf("# sample: %s has %d findings; %d are judged (seeded random sample of %d)", a, c[0], c[1], sampleSize))
		}
	}
	return h
}

// showFinding prints a finding's message, related places and source line,
// which is what a judge reads first.
func showFinding(res *result, e entry) {
	for _, f := range res.Findings {
		if f.Fingerprint != e.Fingerprint {
			continue
		}
		fmt.Printf("      %s\n", f.Message)
		if line, ok := sourceLine(filepath.Join(res.Dir, f.File), f.Line); ok {
			fmt.Printf("      > %s\n", line)
		}
		for _, r := range f.Related {
			fmt.Printf("      related %s:%d: %s\n", r.File, r.Line, r.Message)
		}
		return
	}
}

func sourceLine(file string, line int) (string, bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		return "", false
	}
	lines := strings.Split(string(data), "\n")
	if line < 1 || line > len(lines) {
		return "", false
	}
	return strings.TrimSpace(lines[line-1]), true
}
