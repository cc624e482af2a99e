package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseTriageRoundTrip(t *testing.T) {
	const in = `# header line
real      httptimeout     00112233aabbccdd cmd/x/main.go:12 | client with no timeout on the request path
fp        ctxprop         1111111111111111 a.go:3 | validation only, no I/O
unsampled unstructuredlog 2222222222222222 b.go:9 |
?         nplusone        3333333333333333 c.go:1 |
`
	tf, err := parseTriage(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(tf.Entries) != 4 || tf.Header[0] != "# header line" {
		t.Fatalf("parsed %d entries, header %q", len(tf.Entries), tf.Header)
	}
	want := entry{Verdict: real, Analyzer: "httptimeout", Fingerprint: "00112233aabbccdd", File: "cmd/x/main.go", Line: 12, Reason: "client with no timeout on the request path"}
	if tf.Entries[0] != want {
		t.Errorf("entry 0 = %+v, want %+v", tf.Entries[0], want)
	}
	var out strings.Builder
	if err := tf.write(&out); err != nil {
		t.Fatal(err)
	}
	again, err := parseTriage(strings.NewReader(out.String()))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(again.Entries, tf.Entries) {
		t.Errorf("round trip changed the entries:\n%s", out.String())
	}
}

func TestParseEntryErrors(t *testing.T) {
	for _, line := range []string{
		"real httptimeout 0011 a.go:1",           // a verdict needs a reason
		"great httptimeout 0011 a.go:1 | why",    // unknown verdict
		"real httptimeout 0011 a.go | why",       // no line
		"real httptimeout a.go:1 | why",          // a field missing
		"minor httptimeout 0011 a.go:x | why",    // line not a number
		"fp httptimeout 0011 a.go:1 extra | why", // a field too many
	} {
		if _, err := parseEntry(line); err == nil {
			t.Errorf("parseEntry(%q) succeeded, want an error", line)
		}
	}
}

func findings(analyzer string, n int) []finding {
	fs := make([]finding, n)
	for i := range fs {
		fs[i] = finding{Analyzer: analyzer, Fingerprint: fmt.Sprintf("%.4s%012x", analyzer, i), File: "a.go", Line: i + 1}
	}
	return fs
}

func TestReconcile(t *testing.T) {
	tf := &triageFile{Entries: []entry{
		{Verdict: real, Analyzer: "httptimeout", Fingerprint: "http000000000000", File: "a.go", Line: 40, Reason: "kept"},
		{Verdict: real, Analyzer: "httptimeout", Fingerprint: "ffff", File: "gone.go", Line: 1, Reason: "fixed upstream?"},
		{Verdict: fp, Analyzer: "httptimeout", Fingerprint: "eeee", File: "gone.go", Line: 2, Reason: "gone too"},
	}}
	d := reconcile(tf, findings("httptimeout", 3))
	if len(d.Entries) != 3 {
		t.Fatalf("got %d entries, want one per finding", len(d.Entries))
	}
	if e := d.Entries[0]; e.Verdict != real || e.Reason != "kept" || e.Line != 1 {
		t.Errorf("a judged finding that moved should keep its verdict and take its new line: %+v", e)
	}
	if !slices.Equal(d.New, []int{1, 2}) {
		t.Errorf("New = %v, want [1 2]", d.New)
	}
	if len(d.Vanished) != 2 || d.Vanished[0].Reason != "fixed upstream?" {
		t.Errorf("Vanished = %+v, want the two judged entries no longer reported", d.Vanished)
	}
}

func TestReconcileSamplesCrowdedAnalyzers(t *testing.T) {
	fs := append(findings("unstructuredlog", 100), findings("nplusone", 10)...)
	d := reconcile(&triageFile{}, fs)
	var toJudge, unsampledN int
	for _, e := range d.Entries {
		switch {
		case e.Analyzer == "nplusone" && e.Verdict != unjudged:
			t.Errorf("an analyzer with few findings is judged whole: %+v", e)
		case e.Analyzer == "unstructuredlog" && e.Verdict == unjudged:
			toJudge++
		case e.Analyzer == "unstructuredlog" && e.Verdict == unsampled:
			unsampledN++
		}
	}
	if toJudge != sampleSize || unsampledN != 100-sampleSize {
		t.Errorf("crowded analyzer: %d to judge and %d unsampled, want %d and %d", toJudge, unsampledN, sampleSize, 100-sampleSize)
	}

	// Once judged, the sample is stable; shuffling the findings does not
	// move it, and nothing is left to judge.
	for i := range d.Entries {
		if d.Entries[i].Verdict == unjudged && d.Entries[i].Analyzer == "unstructuredlog" {
			d.Entries[i].Verdict, d.Entries[i].Reason = minor, "judged"
		}
	}
	shuffled := slices.Clone(fs)
	slices.Reverse(shuffled)
	again := reconcile(&triageFile{Entries: d.Entries}, shuffled)
	if len(again.New) != 10 { // only nplusone's, never judged above
		t.Errorf("after judging the sample, %d findings are new, want nplusone's 10", len(again.New))
	}

	// When the crowd shrinks below the limit, the unsampled findings must
	// be judged too.
	fewer := reconcile(&triageFile{Entries: d.Entries}, fs[:crowdLimit])
	for _, i := range fewer.New {
		if e := fewer.Entries[i]; e.Analyzer != "unstructuredlog" {
			t.Errorf("unexpected new finding %+v", e)
		}
	}
	if len(fewer.New) == 0 {
		t.Error("unsampled findings of an analyzer no longer crowded should need a verdict")
	}
}

func TestTallyScalesSamples(t *testing.T) {
	tab := newTable([]string{"svc"}, nil)
	var es []entry
	for i := range 90 { // a crowded analyzer: 30 judged of 90, 10 real
		v := unsampled
		switch {
		case i < 10:
			v = real
		case i < 30:
			v = fp
		}
		es = append(es, entry{Analyzer: "unstructuredlog", Verdict: v})
	}
	for range 10 { // a small one, all real
		es = append(es, entry{Analyzer: "httptimeout", Verdict: real})
	}
	tab.addService("svc", es)
	r, ok, f := tab.Suite.rates()
	// Estimated: 30 real + 60 fp of unstructuredlog, 10 real of httptimeout.
	if int(r+0.5) != 40 || int(ok+0.5) != 40 || int(f+0.5) != 60 {
		t.Errorf("suite rates = %.1f %.1f %.1f, want 40 40 60", r, ok, f)
	}
	if got := tab.ByAnalyzer["httptimeout"]; got.Real != 10 || got.Findings != 10 {
		t.Errorf("httptimeout tally = %+v", got)
	}
}

func TestReadServices(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "services.txt")
	os.WriteFile(file, []byte("# corpus\nfoo example.com/foo@v1.2.3\nbar example.com/bar@v0.1.0 ./cmd/... ./internal/...  # two patterns\n"), 0o644)
	svcs, err := readServices(file)
	if err != nil {
		t.Fatal(err)
	}
	if len(svcs) != 2 || svcs[0].Version != "v1.2.3" || !slices.Equal(svcs[0].Patterns, []string{"./..."}) ||
		!slices.Equal(svcs[1].Patterns, []string{"./cmd/...", "./internal/..."}) {
		t.Errorf("readServices = %+v", svcs)
	}
	for _, bad := range []string{"foo example.com/foo\n", "foo example.com/foo@latest\n", "foo\n", "a x@v1\na y@v1\n"} {
		os.WriteFile(file, []byte(bad), 0o644)
		if _, err := readServices(file); err == nil {
			t.Errorf("readServices(%q) succeeded, want an error", bad)
		}
	}
}
