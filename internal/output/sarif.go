package output

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// SARIFSchema is the URI of the SARIF 2.1.0 schema, the $schema of every
// log prodvet writes.
const SARIFSchema = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"

// The SARIF 2.1.0 objects prodvet writes, as GitHub code scanning reads
// them (docs.github.com, "SARIF support for code scanning").
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult            `json:"results"`
		Invocations        []sarifInvocation        `json:"invocations,omitempty"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name            string      `json:"name"`
		Version         string      `json:"version,omitempty"`
		SemanticVersion string      `json:"semanticVersion,omitempty"`
		InformationURI  string      `json:"informationUri,omitempty"`
		Rules           []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string            `json:"id"`
		Name                 string            `json:"name"`
		ShortDescription     sarifText         `json:"shortDescription"`
		FullDescription      sarifText         `json:"fullDescription"`
		Help                 sarifMarkdown     `json:"help"`
		HelpURI              string            `json:"helpUri,omitempty"`
		DefaultConfiguration sarifRuleDefaults `json:"defaultConfiguration"`
		Properties           sarifRuleProps    `json:"properties"`
	}
	// sarifRuleProps are the rule properties GitHub code scanning reads.
	sarifRuleProps struct {
		Precision       string   `json:"precision,omitempty"`
		ProblemSeverity string   `json:"problem.severity"`
		Tags            []string `json:"tags,omitempty"`
	}
	sarifRuleDefaults struct {
		Level string `json:"level"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifMarkdown struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifText         `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints,omitempty"`
		Fixes               []sarifFix        `json:"fixes,omitempty"`
		RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
		Properties          *sarifProperties  `json:"properties,omitempty"`
	}
	sarifProperties struct {
		Category string `json:"category,omitempty"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"` // related locations only
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifText    `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI         string     `json:"uri,omitempty"`
		URIBaseID   string     `json:"uriBaseId,omitempty"`
		Description *sarifText `json:"description,omitempty"` // originalUriBaseIds only
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
		EndLine     int `json:"endLine,omitempty"`
		EndColumn   int `json:"endColumn,omitempty"`
	}
	sarifFix struct {
		Description     sarifText        `json:"description"`
		ArtifactChanges []sarifArtChange `json:"artifactChanges"`
	}
	sarifArtChange struct {
		ArtifactLocation sarifArtifact      `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion `json:"deletedRegion"`
		InsertedContent *sarifText  `json:"insertedContent,omitempty"`
	}
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
	}
	sarifNotification struct {
		Level   string    `json:"level"`
		Message sarifText `json:"message"`
	}
)

// WriteSARIF prints a SARIF 2.1.0 log with one run. Columns are in UTF-16
// code units (SARIF's default columnKind). Artifact URIs of files below the
// module root are relative to it, which GitHub resolves against the
// checkout; files in the module cache and GOROOT (related locations in
// dependencies) are relative to the base GOMODCACHE or GOROOT, named by
// uriBaseId and described in originalUriBaseIds without a machine's
// directory (the URI in the module cache keeps its !-escapes, so that it
// resolves against go env GOMODCACHE).
func WriteSARIF(w io.Writer, r *Report) error {
	driver := sarifDriver{Name: r.Tool, Version: r.Version, SemanticVersion: r.SemanticVersion, InformationURI: r.InfoURI, Rules: []sarifRule{}}
	ruleIndex := make(map[string]int)
	for i, rule := range r.Rules {
		ruleIndex[rule.ID] = i
		_, rest, _ := strings.Cut(rule.Doc, "\n\n")
		full, _, _ := strings.Cut(strings.TrimSpace(rest), "\n\n")
		if full == "" {
			full = rule.Title()
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   rule.ID,
			Name:                 rule.ID,
			ShortDescription:     sarifText{Text: rule.Title()},
			FullDescription:      sarifText{Text: strings.Join(strings.Fields(full), " ")},
			Help:                 sarifMarkdown{Text: rule.Doc, Markdown: rule.Doc},
			HelpURI:              rule.URL,
			DefaultConfiguration: sarifRuleDefaults{Level: sarifLevel(rule.Severity)},
			Properties:           sarifRuleProps{Precision: rule.Precision, ProblemSeverity: problemSeverity(rule.Severity)},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	bases := make(map[string]sarifArtifact) // the uriBaseIds used
	for _, f := range r.Findings {
		idx, ok := ruleIndex[f.Analyzer]
		if !ok {
			idx = -1 // not described; -1 is SARIF's "unknown"
		}
		res := sarifResult{
			RuleID:    f.Analyzer,
			RuleIndex: idx,
			Level:     sarifLevel(f.Severity),
			Message:   sarifText{Text: sarifMessage(f)},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: r.sarifArtifact(f.File, f.Path, bases),
				Region:           r.sarifRegion(f.Path, f.Line, f.Column, f.EndLine, f.EndColumn),
			}}},
		}
		if f.Category != "" {
			res.Properties = &sarifProperties{Category: f.Category}
		}
		if h, ok := r.Source.LineHash(f.Path, f.Line); ok {
			res.PartialFingerprints = map[string]string{"primaryLocationLineHash": h}
		}
		for _, fx := range f.Fixes {
			if sf, ok := r.sarifFix(fx); ok {
				res.Fixes = append(res.Fixes, sf)
			}
		}
		for i, rel := range f.Related {
			res.RelatedLocations = append(res.RelatedLocations, sarifLocation{
				ID: &i,
				PhysicalLocation: sarifPhysical{
					ArtifactLocation: r.sarifArtifact(rel.File, rel.Path, bases),
					Region:           r.sarifRegion(rel.Path, rel.Line, rel.Column, rel.EndLine, rel.EndColumn),
				},
				Message: &sarifText{Text: rel.Message},
			})
		}
		run.Results = append(run.Results, res)
	}
	if len(bases) > 0 {
		run.OriginalURIBaseIDs = bases
	}
	if len(r.Errors) > 0 {
		inv := sarifInvocation{ExecutionSuccessful: false}
		for _, e := range r.Errors {
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification{Level: "error", Message: sarifText{Text: e}})
		}
		run.Invocations = []sarifInvocation{inv}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifBases describes the uriBaseIds prodvet uses, by name only: where
// they are differs from machine to machine.
var sarifBases = map[string]string{
	srcRoot:      "the root prodvet ran in: the go.work workspace or the main module's directory",
	"GOMODCACHE": "the Go module cache (go env GOMODCACHE)",
	"GOROOT":     "the Go installation (go env GOROOT)",
}

// srcRoot is the uriBaseId of files below the root, the name CodeQL uses.
const srcRoot = "%SRCROOT%"

// sarifArtifact locates a file printed as file and read from path,
// recording in bases the uriBaseId it uses.
func (r *Report) sarifArtifact(file, path string, bases map[string]sarifArtifact) sarifArtifact {
	pl := r.Paths.locate(path)
	if pl.base == "" && !strings.HasPrefix(file, "/") && r.Paths != nil && r.Paths.Root != "" {
		// Relative to the root: GitHub resolves it against the repository
		// root (see docs/ci.md for a module in a subdirectory).
		bases[srcRoot] = sarifArtifact{Description: &sarifText{Text: sarifBases[srcRoot]}}
		return sarifArtifact{URI: fileURI(file), URIBaseID: srcRoot}
	}
	if pl.base == "" {
		return sarifArtifact{URI: fileURI(file)}
	}
	bases[pl.base] = sarifArtifact{Description: &sarifText{Text: sarifBases[pl.base]}}
	return sarifArtifact{URI: fileURI(pl.rel), URIBaseID: pl.base}
}

func (r *Report) sarifRegion(path string, line, col, endLine, endCol int) sarifRegion {
	// The end is always given, so that a zero-width finding (a position)
	// is an insertion point rather than the rest of the line.
	reg := sarifRegion{StartLine: line, StartColumn: r.Source.UTF16Column(path, line, col)}
	if endLine <= 0 {
		endLine, endCol = line, col
	}
	reg.EndLine = endLine
	reg.EndColumn = r.Source.UTF16Column(path, endLine, endCol)
	return reg
}

// sarifFix converts fx, whose edits are byte offsets, to regions; it fails
// when a file cannot be read to find lines and columns.
func (r *Report) sarifFix(fx Fix) (sarifFix, bool) {
	sf := sarifFix{Description: sarifText{Text: fx.Message}}
	byFile := make(map[string]int) // index in ArtifactChanges
	for _, e := range fx.Edits {
		sl, sc, ok1 := r.Source.Position(e.Path, e.Start)
		el, ec, ok2 := r.Source.Position(e.Path, e.End)
		if !ok1 || !ok2 {
			return sarifFix{}, false
		}
		rep := sarifReplacement{DeletedRegion: sarifRegion{
			StartLine: sl, StartColumn: r.Source.UTF16Column(e.Path, sl, sc),
			EndLine: el, EndColumn: r.Source.UTF16Column(e.Path, el, ec),
		}}
		if e.NewText != "" {
			rep.InsertedContent = &sarifText{Text: e.NewText}
		}
		i, ok := byFile[e.File]
		if !ok {
			i = len(sf.ArtifactChanges)
			byFile[e.File] = i
			sf.ArtifactChanges = append(sf.ArtifactChanges, sarifArtChange{ArtifactLocation: sarifArtifact{URI: fileURI(e.File)}})
		}
		sf.ArtifactChanges[i].Replacements = append(sf.ArtifactChanges[i].Replacements, rep)
	}
	return sf, len(sf.ArtifactChanges) > 0
}

// sarifMessage is f's message with a link to each related location,
// "[text](id)", so that GitHub shows them: it lists only the related
// locations the message refers to. Brackets in the text are escaped, as
// SARIF requires where embedded links may occur.
func sarifMessage(f Finding) string {
	esc := strings.NewReplacer(`\`, `\\`, "[", `\[`, "]", `\]`)
	if len(f.Related) == 0 {
		return f.Message
	}
	var b strings.Builder
	b.WriteString(esc.Replace(f.Message))
	for i, rel := range f.Related {
		if i == 0 {
			b.WriteString(" (see ")
		} else {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "[%s](%d)", esc.Replace(rel.Message), i)
	}
	b.WriteString(")")
	return b.String()
}

// problemSeverity maps a severity to GitHub's problem.severity.
func problemSeverity(severity string) string {
	switch severity {
	case "error":
		return "error"
	case "note":
		return "recommendation"
	}
	return "warning"
}

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(severity string) string {
	switch severity {
	case "error", "note":
		return severity
	}
	return "warning"
}

// fileURI renders a slash-separated path as a URI reference: relative paths
// stay relative, absolute ones get the file scheme; characters that are not
// allowed in a URI path are percent-encoded.
func fileURI(p string) string {
	var b strings.Builder
	if strings.HasPrefix(p, "/") {
		b.WriteString("file://")
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isURIPathChar(c) {
			b.WriteByte(c)
		} else {
			b.WriteString("%" + strings.ToUpper(hex2(c)))
		}
	}
	return b.String()
}

func isURIPathChar(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~/!$&'()*+,;=:@", c) >= 0
}

func hex2(c byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[c>>4], digits[c&0xF]})
}
