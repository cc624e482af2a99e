package main

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/prodvet/prodvet/internal/output"
)

func TestMatchGlob(t *testing.T) {
	for _, tc := range []struct {
		pattern, name string
		want          bool
	}{
		{"*_gen.go", "x_gen.go", true},
		{"*_gen.go", "a/x_gen.go", false},
		{"**/*_gen.go", "x_gen.go", true},
		{"**/*_gen.go", "a/b/x_gen.go", true},
		{"**/*_gen.go", "a/b/x.go", false},
		{"internal/**", "internal/a/b.go", true},
		{"internal/**", "internal", true},
		{"internal/**", "internals/a.go", false},
		{"a/**/z.go", "a/z.go", true},
		{"a/**/z.go", "a/b/c/z.go", true},
		{"a/**/z.go", "b/z.go", false},
		{"a/*/z.go", "a/b/c/z.go", false},
	} {
		if got := matchGlob(tc.pattern, tc.name); got != tc.want {
			t.Errorf("matchGlob(%q, %q) = %v, want %v", tc.pattern, tc.name, got, tc.want)
		}
	}
}

func TestApplyConfig(t *testing.T) {
	cfg := &config{
		severity:  "note",
		exclude:   []string{"**/*_gen.go", "legacy"},
		analyzers: []analyzerConfig{{a: findAnalyzer(testSuite(), "httptimeout"), severity: "error"}},
	}
	fs := []output.Finding{
		{Analyzer: "httptimeout", File: "a.go"},
		{Analyzer: "nplusone", File: "b.go"},
		{Analyzer: "httptimeout", File: "x/y_gen.go"},
		{Analyzer: "httptimeout", File: "legacy/old/c.go"},
	}
	got := applyConfig(fs, cfg)
	want := []output.Finding{
		{Analyzer: "httptimeout", File: "a.go", Severity: "error"},
		{Analyzer: "nplusone", File: "b.go", Severity: "note"},
	}
	if !slices.EqualFunc(got, want, func(a, b output.Finding) bool { return a.File == b.File && a.Severity == b.Severity }) {
		t.Errorf("applyConfig = %+v, want %+v", got, want)
	}
	if got := applyConfig([]output.Finding{{Analyzer: "nplusone", File: "a.go"}}, nil); len(got) != 1 || got[0].Severity != "warning" {
		t.Errorf("applyConfig without a config = %+v, want the finding as a warning", got)
	}
}

func TestKeepChanged(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.go"), filepath.Join(dir, "b.go")
	fs := []output.Finding{{Path: a, Line: 1}, {Path: a, Line: 2}, {Path: b, Line: 7}, {Path: filepath.Join(dir, "c.go"), Line: 1}}
	if got := keepChanged(slices.Clone(fs), nil); len(got) != len(fs) {
		t.Errorf("keepChanged(nil) kept %d findings, want all %d", len(got), len(fs))
	}
	changed := changedLines{a: {2: true}, b: nil}
	got := keepChanged(slices.Clone(fs), changed)
	if len(got) != 2 || got[0].Line != 2 || got[1].Path != b {
		t.Errorf("keepChanged = %+v, want a.go:2 and the new file b.go", got)
	}
}
