package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLinesChangedByPatch(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(name, data string) string {
		file := filepath.Join(dir, name)
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return file
	}
	diff := write("ok.patch", "diff --git a/x.go b/x.go\n--- a/x.go\n+++ b/x.go\n@@ -1,2 +1,3 @@\n package x\n+// new\n func f() {}\n")
	changed, err := linesChangedByPatch(diff, false)
	if err != nil {
		t.Fatal(err)
	}
	if !changed.contains(filepath.Join(realPath(dir), "x.go"), 2) || changed.contains(filepath.Join(realPath(dir), "x.go"), 1) {
		t.Errorf("changed lines = %v, want line 2 of x.go only", changed)
	}

	notDiff := write("go.mod", "module example.com/x\n")
	if _, err := linesChangedByPatch(notDiff, false); err == nil || !strings.Contains(err.Error(), "not a unified diff") {
		t.Errorf("a file that is not a diff: err = %v, want not a unified diff", err)
	}
	empty := write("empty.patch", "\n")
	if _, err := linesChangedByPatch(empty, false); err == nil || !strings.Contains(err.Error(), "is empty") {
		t.Errorf("an empty file: err = %v, want is empty", err)
	}
	if changed, err := linesChangedByPatch(empty, true); err != nil || len(changed) != 0 {
		t.Errorf("an empty file with emptyOK: %v, %v; want no lines and no error", changed, err)
	}
}

func TestResolveCommit(t *testing.T) {
	for _, rev := range []string{"--output=x.txt", "-p", ""} {
		if _, err := resolveCommit(t.TempDir(), rev); err == nil || !strings.Contains(err.Error(), "not a git revision") {
			t.Errorf("resolveCommit(%q): err = %v, want not a git revision", rev, err)
		}
	}
}
