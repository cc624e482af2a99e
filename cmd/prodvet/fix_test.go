package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/internal/output"
)

func TestApplyFixes(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "x.go")
	src := "package x\n\nvar a = 1\n\nvar b = 2\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	at := func(s string) int { return strings.Index(src, s) }
	fixable := output.Finding{Line: 3, Message: "one", Fixes: []output.Fix{{
		Message: "Use 10", Edits: []output.Edit{{Path: file, Start: at("1"), End: at("1") + 1, NewText: "10"}},
	}}}
	overlapping := output.Finding{Line: 3, Message: "overlap", Fixes: []output.Fix{{
		Message: "Use 11", Edits: []output.Edit{{Path: file, Start: at("1"), End: at("1") + 1, NewText: "11"}},
	}}}
	unfixable := output.Finding{Line: 5, Message: "no fix"}
	fs := []output.Finding{fixable, overlapping, unfixable}

	var diff bytes.Buffer
	remaining, err := applyFixes(fs, true, &diff)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(diff.String(), "+var a = 10") {
		t.Errorf("diff lacks the fix:\n%s", diff.String())
	}
	if data, _ := os.ReadFile(file); string(data) != src {
		t.Errorf("-diff wrote the file:\n%s", data)
	}
	if len(remaining) != 2 || remaining[0].Message != "overlap" || remaining[1].Message != "no fix" {
		t.Errorf("remaining = %+v, want the overlapping and the unfixable finding", remaining)
	}

	if _, err := applyFixes(fs, false, nil); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(file); !strings.Contains(string(data), "var a = 10\n") {
		t.Errorf("fix not applied:\n%s", data)
	}
}
