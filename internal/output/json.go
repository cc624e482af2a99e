package output

import (
	"encoding/json"
	"io"
)

// jsonReport is the schema of -format json. It is stable: fields may be
// added, never renamed or removed.
type jsonReport struct {
	Findings []jsonFinding `json:"findings"`
	Errors   []string      `json:"errors"`
}

type jsonFinding struct {
	Analyzer    string    `json:"analyzer"`
	Category    string    `json:"category,omitempty"`
	Severity    string    `json:"severity"`
	Message     string    `json:"message"`
	File        string    `json:"file"`
	Line        int       `json:"line"`
	Column      int       `json:"column"`
	EndLine     int       `json:"end_line"`
	EndColumn   int       `json:"end_column"`
	URL         string    `json:"url,omitempty"`
	Fingerprint string    `json:"fingerprint"`
	Fixes       []jsonFix `json:"fixes,omitempty"`
	Related     []jsonRel `json:"related,omitempty"`
}

type jsonRel struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Message   string `json:"message"`
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

// WriteJSON prints prodvet's own JSON document.
func WriteJSON(w io.Writer, r *Report) error {
	report := jsonReport{Findings: []jsonFinding{}, Errors: r.Errors}
	if report.Errors == nil {
		report.Errors = []string{}
	}
	for _, f := range r.Findings {
		jf := jsonFinding{
			Analyzer: f.Analyzer, Category: f.Category, Severity: f.Severity, Message: f.Message,
			File: f.File, Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
			URL: f.URL, Fingerprint: f.Fingerprint,
		}
		for _, fx := range f.Fixes {
			jfx := jsonFix{Message: fx.Message, Edits: []jsonEdit{}}
			for _, e := range fx.Edits {
				jfx.Edits = append(jfx.Edits, jsonEdit{File: e.File, Start: e.Start, End: e.End, NewText: e.NewText})
			}
			jf.Fixes = append(jf.Fixes, jfx)
		}
		for _, rel := range f.Related {
			jf.Related = append(jf.Related, jsonRel{
				File: rel.File, Line: rel.Line, Column: rel.Column, EndLine: rel.EndLine, EndColumn: rel.EndColumn, Message: rel.Message,
			})
		}
		report.Findings = append(report.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(report)
}
