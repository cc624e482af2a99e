package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
)

// fingerprint sets each finding's Fingerprint from what survives edits
// elsewhere in the file: the analyzer, the category, the file, the
// enclosing function and the text of the finding's line with its spacing
// normalised, but not the line number. Findings that agree on all of these
// are told apart by their order in the file.
func fingerprint(fs []output.Finding, src *output.Source) {
	seen := make(map[string]int)
	for i := range fs {
		f := &fs[i]
		text, ok := src.Line(f.Path, f.Line)
		if !ok {
			text = f.Message
		}
		key := strings.Join([]string{f.Analyzer, f.Category, f.File, f.Func, strings.Join(strings.Fields(text), " ")}, "\x00")
		seen[key]++
		sum := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(seen[key])))
		f.Fingerprint = hex.EncodeToString(sum[:16])
	}
}

// A baseline records accepted findings by fingerprint; the other fields
// are there for people reading the file.
type baseline struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

type baselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Analyzer    string `json:"analyzer"`
	File        string `json:"file"`
	Line        int    `json:"line"`
	Message     string `json:"message"`
}

func writeBaseline(file string, fs []output.Finding) error {
	b := baseline{Version: 1, Findings: []baselineEntry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, baselineEntry{Fingerprint: f.Fingerprint, Analyzer: f.Analyzer, File: f.File, Line: f.Line, Message: f.Message})
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(data, '\n'), 0o644)
}

// applyBaseline drops the findings recorded in file and returns the others
// and how many recorded findings no longer occur.
func applyBaseline(file string, fs []output.Finding) (kept []output.Finding, known, fixed int, err error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, 0, 0, err
	}
	var b baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, 0, 0, fmt.Errorf("%s: not a prodvet baseline: %v", file, err)
	}
	if b.Version != 1 {
		return nil, 0, 0, fmt.Errorf("%s: baseline version %d, want 1", file, b.Version)
	}
	remaining := make(map[string]int)
	for _, e := range b.Findings {
		remaining[e.Fingerprint]++
	}
	for _, f := range fs {
		if remaining[f.Fingerprint] > 0 {
			remaining[f.Fingerprint]--
			known++
			continue
		}
		kept = append(kept, f)
	}
	return kept, known, len(b.Findings) - known, nil
}
