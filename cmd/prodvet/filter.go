package main

import (
	"path"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
)

// The filter stages each take the findings and return those to keep; they
// never convert a finding, so what reaches -fix and the writers is the
// finding the analyzer reported.

// applyConfig drops the findings in files cfg excludes and sets the
// severity of the others.
func applyConfig(fs []output.Finding, cfg *config) []output.Finding {
	fs = slices.DeleteFunc(fs, func(f output.Finding) bool { return cfg.excluded(f.File) })
	for i := range fs {
		fs[i].Severity = cfg.severityOf(fs[i].Analyzer)
	}
	return fs
}

// keepChanged keeps the findings on changed lines; a nil changed keeps all.
func keepChanged(fs []output.Finding, changed changedLines) []output.Finding {
	if changed == nil {
		return fs
	}
	return slices.DeleteFunc(fs, func(f output.Finding) bool { return !changed.contains(f.Path, f.Line) })
}

// matchGlob reports whether the slash path name matches pattern, in which
// each element is a path.Match pattern and an element "**" matches any
// number of elements, none included (doublestar's semantics):
// "**/*_gen.go" matches x_gen.go and a/b/x_gen.go.
func matchGlob(pattern, name string) bool {
	return matchElems(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchElems(pat, name []string) bool {
	if len(pat) == 0 {
		return len(name) == 0
	}
	if pat[0] == "**" {
		for i := 0; i <= len(name); i++ {
			if matchElems(pat[1:], name[i:]) {
				return true
			}
		}
		return false
	}
	if len(name) == 0 {
		return false
	}
	ok, _ := path.Match(pat[0], name[0])
	return ok && matchElems(pat[1:], name[1:])
}
