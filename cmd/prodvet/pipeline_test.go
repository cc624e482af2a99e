package main

import (
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
)

func testSuite() []*analysis.Analyzer { return analyzers.All() }

func TestCheckOptions(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opts      options
		formatSet bool
		wantErr   string
	}{
		{"plain", options{format: "text"}, false, ""},
		{"diff without fix", options{format: "text", diff: true}, false, "-diff goes with -fix"},
		{"two new-from", options{format: "text", newFromRev: "HEAD", newFromBase: "main"}, false, "use one of"},
		{"two baselines", options{format: "text", baseline: "a", baselineWrite: "b"}, false, "not both"},
		{"bad format", options{format: "xml"}, true, "unknown format"},
		{"json and format", options{format: "sarif", json: true}, true, "-json is -format json"},
	} {
		err := checkOptions(&tc.opts, true, tc.formatSet)
		if tc.wantErr == "" && err != nil || tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)) {
			t.Errorf("%s: checkOptions = %v, want %q", tc.name, err, tc.wantErr)
		}
	}
	opts := options{format: "text", json: true}
	if err := checkOptions(&opts, true, false); err != nil || opts.format != "json" {
		t.Errorf("-json: err %v, format %q; want format json", err, opts.format)
	}
	if err := checkOptions(&options{format: "text"}, false, false); err == nil || !strings.Contains(err.Error(), "no packages named") {
		t.Errorf("no patterns: err = %v, want no packages named", err)
	}
}

func TestExitCode(t *testing.T) {
	for _, tc := range []struct{ errors, findings, want int }{
		{0, 0, exitClean}, {0, 3, exitFindings}, {1, 0, exitError}, {1, 3, exitError},
	} {
		if got := exitCode(tc.errors, tc.findings); got != tc.want {
			t.Errorf("exitCode(%d, %d) = %d, want %d", tc.errors, tc.findings, got, tc.want)
		}
	}
}

func TestSortAndDedupe(t *testing.T) {
	fs := []output.Finding{
		{Path: "b.go", Line: 1, Analyzer: "x", Message: "m"},
		{Path: "a.go", Line: 9, Analyzer: "x", Message: "m"},
		{Path: "a.go", Line: 2, Analyzer: "y", Message: "m"},
		{Path: "a.go", Line: 2, Analyzer: "x", Message: "m"},
		{Path: "a.go", Line: 2, Analyzer: "x", Message: "m"}, // the test variant's copy
	}
	got := sortAndDedupe(fs)
	var keys []string
	for _, f := range got {
		keys = append(keys, f.Path+":"+f.Analyzer)
	}
	if want := "a.go:x a.go:y a.go:x b.go:x"; strings.Join(keys, " ") != want {
		t.Errorf("sortAndDedupe order = %s, want %s", strings.Join(keys, " "), want)
	}
}

// TestSelectAnalyzers checks the selection rules: go vet's on the command
// line, analyzers off by default left out unless named or enabled by the
// configuration, which adds them to the default suite.
func TestSelectAnalyzers(t *testing.T) {
	defaults := strings.Join(analyzers.Defaults(), " ")
	for _, tc := range []struct {
		args   []string
		config string // .prodvet.yml
		want   string
	}{
		{nil, "", defaults},
		{[]string{"-shutdown"}, "", "shutdown"},
		{[]string{"-ctxprop", "-shutdown=true"}, "", "ctxprop shutdown"},
		{[]string{"-ctxprop=false"}, "", "httptimeout unboundedretry ignorederr unstructuredlog nplusone unboundedinput"},
		{nil, "analyzers: {shutdown: {enabled: true}, nplusone: {enabled: false}}", "httptimeout unboundedretry ignorederr unstructuredlog ctxprop shutdown unboundedinput"},
		{[]string{"-ctxprop"}, "analyzers: {shutdown: {enabled: true}}", "ctxprop"}, // the command line wins
	} {
		suite := analyzers.New()
		args := slices.Clone(tc.args)
		if tc.config != "" {
			file := filepath.Join(t.TempDir(), "prodvet.yml")
			if err := os.WriteFile(file, []byte(tc.config), 0o644); err != nil {
				t.Fatal(err)
			}
			args = append(args, "-config", file)
		}
		inv, _, done := parseCommandLine(append(args, "./..."), suite, io.Discard, io.Discard)
		if done {
			t.Fatalf("%q: command line refused", tc.args)
		}
		if _, err := readConfig(inv.opts.config, suite, inv.flags, inv.enabled); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range selectAnalyzers(suite, inv.enabled) {
			got = append(got, a.Name)
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q with config %q selects %q, want %q", tc.args, tc.config, got, tc.want)
		}
	}
}

func TestVetArgs(t *testing.T) {
	suite := testSuite()
	for _, tc := range []struct{ args, want string }{
		{"x.cfg", "-shutdown=false x.cfg"},
		{"-ctxprop x.cfg", "-shutdown=false -ctxprop x.cfg"},
		{"-shutdown x.cfg", "-shutdown x.cfg"},
		{"--shutdown=true -shutdown.tests x.cfg", "--shutdown=true -shutdown.tests x.cfg"},
		{"-shutdown.tests x.cfg", "-shutdown=false -shutdown.tests x.cfg"},
	} {
		if got := strings.Join(vetArgs(strings.Fields(tc.args), suite), " "); got != tc.want {
			t.Errorf("vetArgs(%s) = %s, want %s", tc.args, got, tc.want)
		}
	}
}
