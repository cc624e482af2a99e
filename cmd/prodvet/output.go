package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// A finding is a diagnostic resolved to file positions, the form every
// output format and -fix work from.
type finding struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	Pos      token.Position
	End      token.Position
	Fixes    []fix
}

// A fix is a suggested fix resolved to byte offsets in files.
type fix struct {
	Message string
	Edits   []edit
}

type edit struct {
	File       string
	Start, End int // byte offsets
	NewText    string
}

func newFinding(act *checker.Action, d analysis.Diagnostic) finding {
	fset := act.Package.Fset
	f := finding{
		Analyzer: act.Analyzer.Name,
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
		Pos:      fset.Position(d.Pos),
		End:      fset.Position(d.Pos),
	}
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	for _, sf := range d.SuggestedFixes {
		fx := fix{Message: sf.Message}
		for _, te := range sf.TextEdits {
			// Edits apply to the file as it is on disk, so use unadjusted
			// positions (ignoring //line directives).
			start := fset.PositionFor(te.Pos, false)
			end := start
			if te.End.IsValid() {
				end = fset.PositionFor(te.End, false)
			}
			fx.Edits = append(fx.Edits, edit{File: start.Filename, Start: start.Offset, End: end.Offset, NewText: string(te.NewText)})
		}
		f.Fixes = append(f.Fixes, fx)
	}
	return f
}

// sortAndDedupe orders findings by position, then analyzer and message, and
// drops repeats (a file belongs to both a package and its test variant).
func sortAndDedupe(fs []finding) []finding {
	slices.SortFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b finding) bool { return compareFindings(a, b) == 0 })
}

func compareFindings(a, b finding) int {
	return cmp.Or(
		cmp.Compare(a.Pos.Filename, b.Pos.Filename),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
	)
}

// writeText prints one line per finding: file:line:col: message (analyzer).
func writeText(w io.Writer, fs []finding) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s (%s)\n", relPath(f.Pos.Filename), f.Pos.Line, f.Pos.Column, f.Message, f.Analyzer)
	}
}

// jsonReport is the schema of -json output. It is stable: fields may be
// added, never renamed or removed.
type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Errors   []string      `json:"errors"`
}

type jsonFinding struct {
	Analyzer  string    `json:"analyzer"`
	Category  string    `json:"category,omitempty"`
	Message   string    `json:"message"`
	File      string    `json:"file"`
	Line      int       `json:"line"`
	Column    int       `json:"column"`
	EndLine   int       `json:"end_line"`
	EndColumn int       `json:"end_column"`
	URL       string    `json:"url,omitempty"`
	Fixes     []jsonFix `json:"fixes,omitempty"`
}

type jsonFix struct {
	Message string     `json:"message"`
	Edits   []jsonEdit `json:"edits"`
}

type jsonEdit struct {
	File    string `json:"file"`
	Start   int    `json:"start"` // byte offset
	End     int    `json:"end"`
	NewText string `json:"new_text"`
}

func writeJSON(w io.Writer, fs []finding, errs []string) error {
	report := jsonReport{Findings: []jsonFinding{}, Errors: errs}
	if report.Errors == nil {
		report.Errors = []string{}
	}
	for _, f := range fs {
		jf := jsonFinding{
			Analyzer: f.Analyzer, Category: f.Category, Message: f.Message,
			File: relPath(f.Pos.Filename), Line: f.Pos.Line, Column: f.Pos.Column,
			EndLine: f.End.Line, EndColumn: f.End.Column, URL: f.URL,
		}
		for _, fx := range f.Fixes {
			jfx := jsonFix{Message: fx.Message}
			for _, e := range fx.Edits {
				jfx.Edits = append(jfx.Edits, jsonEdit{File: relPath(e.File), Start: e.Start, End: e.End, NewText: e.NewText})
			}
			jf.Fixes = append(jf.Fixes, jfx)
		}
		report.Findings = append(report.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}

// relPath shortens filename to a path relative to the working directory
// when the file is below it, as the go command prints paths.
func relPath(filename string) string {
	wd, err := os.Getwd()
	if err != nil {
		return filename
	}
	rel, err := filepath.Rel(wd, filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filename
	}
	return rel
}
