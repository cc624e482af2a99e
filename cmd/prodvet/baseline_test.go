package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/internal/output"
)

func TestBaselineStages(t *testing.T) {
	file := filepath.Join(t.TempDir(), "baseline.json")
	old := []output.Finding{
		{Analyzer: "httptimeout", File: "a.go", Line: 3, Message: "m", Fingerprint: "f1"},
		{Analyzer: "httptimeout", File: "a.go", Line: 9, Message: "m", Fingerprint: "f2"},
	}
	var stderr bytes.Buffer
	if code := writeBaselineStage(file, &output.Report{Findings: old}, &stderr); code != exitClean {
		t.Fatalf("writeBaselineStage = %d, want %d; stderr: %s", code, exitClean, stderr.String())
	}
	if code := writeBaselineStage(file, &output.Report{Findings: old, Errors: []string{"x"}}, &stderr); code != exitError {
		t.Errorf("writeBaselineStage with errors = %d, want %d", code, exitError)
	}
	now := []output.Finding{old[0], {Analyzer: "nplusone", File: "b.go", Line: 1, Message: "new", Fingerprint: "f3"}}
	stderr.Reset()
	kept, err := baselineStage(file, now, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	if len(kept) != 1 || kept[0].Fingerprint != "f3" {
		t.Errorf("baselineStage kept %+v, want only the new finding", kept)
	}
	if !strings.Contains(stderr.String(), "1 known findings not shown, 1 fixed") {
		t.Errorf("stderr = %q, want the known and fixed counts", stderr.String())
	}
	if kept, err := baselineStage("", now, &stderr); err != nil || len(kept) != 2 {
		t.Errorf("no baseline: kept %d, err %v; want all and no error", len(kept), err)
	}
}

func TestWriteOutputs(t *testing.T) {
	report := &output.Report{Tool: "prodvet", Findings: []output.Finding{{Analyzer: "httptimeout", File: "a.go", Line: 1, Column: 2, Message: "m"}}}
	var stdout, stderr bytes.Buffer
	if err := writeOutputs(&stdout, &stderr, &options{format: "json"}, report, &result{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stdout.String(), `"analyzer": "httptimeout"`) || stderr.Len() > 0 {
		t.Errorf("-format json: stdout %q, stderr %q", stdout.String(), stderr.String())
	}
	// With -fix -diff, stdout holds the diff: the findings left go to
	// stderr as text.
	stdout.Reset()
	if err := writeOutputs(&stdout, &stderr, &options{format: "json", fix: true, diff: true}, report, &result{}); err != nil {
		t.Fatal(err)
	}
	if stdout.Len() > 0 || stderr.String() != "a.go:1:2: m (httptimeout)\n" {
		t.Errorf("-fix -diff: stdout %q, stderr %q", stdout.String(), stderr.String())
	}
}
