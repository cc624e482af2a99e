package main

import (
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
