package output

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
)

// WriteGitHub prints GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::warning file=F,line=L,col=C,endLine=L,endColumn=C,title=T::message
//
// Columns are 1-based bytes as prodvet reports them.
func WriteGitHub(w io.Writer, r *Report) error {
	for _, f := range r.Findings {
		cmd := "warning"
		switch f.Severity {
		case "error":
			cmd = "error"
		case "note":
			cmd = "notice"
		}
		props := []string{
			"file=" + escapeProperty(f.File),
			fmt.Sprintf("line=%d", f.Line),
			fmt.Sprintf("col=%d", f.Column),
		}
		if f.EndLine > 0 {
			props = append(props, fmt.Sprintf("endLine=%d", f.EndLine), fmt.Sprintf("endColumn=%d", f.EndColumn))
		}
		title := "prodvet " + f.Analyzer
		if f.Category != "" {
			title += " (" + f.Category + ")"
		}
		props = append(props, "title="+escapeProperty(title))
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(f.Message)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData escapes a workflow command's message as the Actions toolkit
// does (@actions/core, command.ts).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value; ':' and ','
// would otherwise end it.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// The rdjsonl objects, reviewdog's Diagnostic (proto/rdf/reviewdog.proto):
// one JSON object per line; columns are 1-based UTF-8 bytes.
type (
	rdDiagnostic struct {
		Message     string         `json:"message"`
		Location    rdLocation     `json:"location"`
		Severity    string         `json:"severity"`
		Source      rdSource       `json:"source"`
		Code        *rdCode        `json:"code,omitempty"`
		Suggestions []rdSuggestion `json:"suggestions,omitempty"`
		Related     []rdRelated    `json:"related_locations,omitempty"`
	}
	rdRelated struct {
		Message  string     `json:"message"`
		Location rdLocation `json:"location"`
	}
	rdLocation struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	}
	rdRange struct {
		Start rdPosition  `json:"start"`
		End   *rdPosition `json:"end,omitempty"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column,omitempty"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rdCode struct {
		Value string `json:"value"`
		URL   string `json:"url,omitempty"`
	}
	rdSuggestion struct {
		Range rdRange `json:"range"`
		Text  string  `json:"text"`
	}
)

// WriteRDJSONL prints reviewdog's rdjsonl format. The first suggested fix
// of a finding becomes one reviewdog suggestion (see lineSuggestion).
func WriteRDJSONL(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range r.Findings {
		code := f.Analyzer
		if f.Category != "" {
			code += "/" + f.Category
		}
		d := rdDiagnostic{
			Message: f.Message,
			Location: rdLocation{Path: f.File, Range: rdRange{
				Start: rdPosition{Line: f.Line, Column: f.Column},
				End:   &rdPosition{Line: f.EndLine, Column: f.EndColumn},
			}},
			Severity: strings.ToUpper(sarifLevel(f.Severity)),
			Source:   rdSource{Name: r.Tool, URL: r.InfoURI},
			Code:     &rdCode{Value: code, URL: f.URL},
		}
		if d.Severity == "NOTE" {
			d.Severity = "INFO"
		}
		if len(f.Fixes) > 0 {
			if s, ok := lineSuggestion(r.Source, f.Path, f.Fixes[0].Edits); ok {
				d.Suggestions = []rdSuggestion{s}
			}
		}
		for _, rel := range f.Related {
			d.Related = append(d.Related, rdRelated{Message: rel.Message, Location: rdLocation{Path: rel.File, Range: rdRange{
				Start: rdPosition{Line: rel.Line, Column: rel.Column},
				End:   &rdPosition{Line: rel.EndLine, Column: rel.EndColumn},
			}}})
		}
		if err := enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

// lineSuggestion turns the edits of one fix into a single reviewdog
// suggestion that replaces whole lines: the lines from the first edit's to
// the last edit's, with every edit applied. reviewdog's review reporters
// render each suggestion as a separate suggestion block, and GitLab's
// ignores columns and replaces whole lines, so a fix made of several edits
// (rename a call and insert its context argument) must become one
// suggestion of whole lines to be applied as one. It reports false when the
// fix also edits another file (a suggestion can apply only half of it), or
// when the edits do not fit the source.
func lineSuggestion(src *Source, path string, edits []Edit) (rdSuggestion, bool) {
	content, ok := src.Content(path)
	if !ok || len(edits) == 0 {
		return rdSuggestion{}, false
	}
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	end := 0
	for i, e := range edits {
		if e.Path != path || e.Start < 0 || e.Start > e.End || e.End > len(content) ||
			(i > 0 && e.Start < edits[i-1].End) {
			return rdSuggestion{}, false
		}
		end = max(end, e.End)
	}
	start := edits[0].Start
	lineStart := bytes.LastIndexByte(content[:start], '\n') + 1
	// The region ends after the newline of the last line an edit touches;
	// an edit that ends right after a newline touches no more of the next
	// line.
	regionEnd := lineEndAfter(content, end)
	if end > start && content[end-1] == '\n' {
		regionEnd = end
	}
	if regionEnd == lineStart {
		return rdSuggestion{}, false // an insertion after the file's last line
	}
	var text string
	for {
		var b strings.Builder
		at := lineStart
		for _, e := range edits {
			b.Write(content[at:e.Start])
			b.WriteString(e.NewText)
			at = e.End
		}
		b.Write(content[at:regionEnd])
		text = b.String()
		// An edit that removes the region's last newline but not the
		// whole region joins the next line to it: take that line too.
		if regionEnd < len(content) && content[regionEnd-1] == '\n' && text != "" && !strings.HasSuffix(text, "\n") {
			regionEnd = lineEndAfter(content, regionEnd)
			continue
		}
		break
	}
	last := regionEnd - 1
	if content[last] == '\n' {
		// The suggestion's text holds the new lines without the final line
		// ending, as reviewdog's own diff parser makes them; an empty text
		// deletes the lines.
		text = strings.TrimSuffix(text, "\n")
		last--
	}
	first, _, ok1 := src.Position(path, lineStart)
	lastLine, _, ok2 := src.Position(path, max(last, lineStart))
	if !ok1 || !ok2 {
		return rdSuggestion{}, false
	}
	return rdSuggestion{Range: rdRange{Start: rdPosition{Line: first}, End: &rdPosition{Line: lastLine}}, Text: text}, true
}

// lineEndAfter returns the offset just past the newline that ends the line
// holding offset, or the end of content.
func lineEndAfter(content []byte, offset int) int {
	if i := bytes.IndexByte(content[offset:], '\n'); i >= 0 {
		return offset + i + 1
	}
	return len(content)
}

// The checkstyle XML objects, as checkstyle's XMLLogger writes them.
type (
	csReport struct {
		XMLName xml.Name `xml:"checkstyle"`
		Version string   `xml:"version,attr"`
		Files   []csFile `xml:"file"`
	}
	csFile struct {
		Name   string    `xml:"name,attr"`
		Errors []csError `xml:"error"`
	}
	csError struct {
		Line     int    `xml:"line,attr"`
		Column   int    `xml:"column,attr"`
		Severity string `xml:"severity,attr"`
		Message  string `xml:"message,attr"`
		Source   string `xml:"source,attr"`
	}
)

// WriteCheckstyle prints checkstyle XML, one file element per file in
// sorted order.
func WriteCheckstyle(w io.Writer, r *Report) error {
	rep := csReport{Version: "5.0"}
	for _, f := range r.Findings {
		if n := len(rep.Files); n == 0 || rep.Files[n-1].Name != f.File {
			rep.Files = append(rep.Files, csFile{Name: f.File})
		}
		sev := sarifLevel(f.Severity)
		if sev == "note" {
			sev = "info"
		}
		file := &rep.Files[len(rep.Files)-1]
		file.Errors = append(file.Errors, csError{Line: f.Line, Column: f.Column, Severity: sev, Message: f.Message, Source: r.Tool + "." + f.Analyzer})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// The GitLab code quality objects (a subset of the Code Climate issue
// format that GitLab's merge request widget reads).
type (
	ccIssue struct {
		Type        string     `json:"type"`
		CheckName   string     `json:"check_name"`
		Description string     `json:"description"`
		Categories  []string   `json:"categories"`
		Severity    string     `json:"severity"`
		Fingerprint string     `json:"fingerprint"`
		Location    ccLocation `json:"location"`
	}
	ccLocation struct {
		Path  string  `json:"path"`
		Lines ccLines `json:"lines"`
	}
	ccLines struct {
		Begin int `json:"begin"`
		End   int `json:"end,omitempty"`
	}
)

// WriteCodeClimate prints a GitLab code quality report: a JSON array of
// issues, each with a fingerprint unique in the report.
func WriteCodeClimate(w io.Writer, r *Report) error {
	issues := []ccIssue{}
	for _, f := range r.Findings {
		check := f.Analyzer
		if f.Category != "" {
			check += "/" + f.Category
		}
		sev := "major"
		switch f.Severity {
		case "error":
			sev = "critical"
		case "note":
			sev = "minor"
		}
		issues = append(issues, ccIssue{
			Type: "issue", CheckName: check, Description: f.Message, Categories: []string{"Bug Risk"},
			Severity: sev, Fingerprint: f.Fingerprint,
			Location: ccLocation{Path: f.File, Lines: ccLines{Begin: f.Line, End: f.EndLine}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}

// maxSummaryRows bounds the findings table of WriteGitHubJobSummary: a
// step summary holds at most 1 MiB.
const maxSummaryRows = 500

// WriteGitHubJobSummary writes a GitHub Actions job summary in Markdown,
// for $GITHUB_STEP_SUMMARY: the count per analyzer and a table of the
// findings. GitHub shows only 10 annotations of a kind per step and 50 per
// job, so the summary is where every finding of a large run can be seen.
func WriteGitHubJobSummary(w io.Writer, r *Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n\n", r.Tool)
	if len(r.Findings) == 0 && len(r.Errors) == 0 {
		b.WriteString("No findings.\n")
	}
	counts := make(map[string]int)
	for _, f := range r.Findings {
		counts[f.Analyzer]++
	}
	if len(r.Findings) > 0 {
		fmt.Fprintf(&b, "%d findings.\n\n| analyzer | findings |\n| --- | ---: |\n", len(r.Findings))
		for _, rule := range r.Rules {
			if n := counts[rule.ID]; n > 0 {
				fmt.Fprintf(&b, "| %s | %d |\n", rule.ID, n)
			}
		}
		b.WriteString("\n| file | analyzer | message |\n| --- | --- | --- |\n")
		for i, f := range r.Findings {
			if i == maxSummaryRows {
				fmt.Fprintf(&b, "\n%d more findings are not listed; see the job's log or its SARIF.\n", len(r.Findings)-i)
				break
			}
			fmt.Fprintf(&b, "| `%s:%d:%d` | %s | %s |\n", tableCell(f.File), f.Line, f.Column, f.Analyzer, tableCell(f.Message))
		}
	}
	if len(r.Errors) > 0 {
		fmt.Fprintf(&b, "\n%d errors (the run is incomplete):\n\n", len(r.Errors))
		for _, e := range r.Errors {
			fmt.Fprintf(&b, "- %s\n", tableCell(e))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// tableCell makes s safe in a Markdown table cell: one line, pipes and
// backquotes escaped.
func tableCell(s string) string {
	return strings.NewReplacer("|", `\|`, "`", "'", "\n", " ", "\r", "").Replace(s)
}
