package action

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
)

// report is what the step reads of prodvet's -format json report (a stable
// schema: fields are added, never renamed).
type report struct {
	Findings []finding `json:"findings"`
	Errors   []string  `json:"errors"`
}

type finding struct {
	Analyzer  string `json:"analyzer"`
	Category  string `json:"category"`
	Severity  string `json:"severity"`
	Message   string `json:"message"`
	File      string `json:"file"` // relative to the repository's root once read
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
}

// readReport reads a JSON report and makes its paths relative to the
// repository's root, prefix being the root's path in the repository.
func readReport(name, prefix string) (*report, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var r report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	for i := range r.Findings {
		r.Findings[i].File = repoPath(prefix, r.Findings[i].File)
	}
	return &r, nil
}

// repoPath turns a path as prodvet prints it, relative to its root, into a
// path relative to the repository's root. Paths prodvet prints outside the
// root stay as they are: $GOROOT/..., module@version/... in the module
// cache, absolute paths, and relative paths that leave the repository.
func repoPath(prefix, file string) string {
	if prefix == "" || file == "" || strings.HasPrefix(file, "$GOROOT/") || path.IsAbs(file) ||
		moduleCacheRE.MatchString(file) {
		return file
	}
	p := path.Join(prefix, file)
	if p == ".." || strings.HasPrefix(p, "../") {
		return file
	}
	return p
}

// moduleCacheRE matches a file in the module cache as prodvet prints it:
// module@version/path.
var moduleCacheRE = regexp.MustCompile(`^[^/]+(/[^/]+)*@v[0-9][^/]*/`)

// writeAnnotations prints findings as GitHub workflow commands, as
// prodvet's github format does.
func writeAnnotations(w io.Writer, findings []finding) error {
	return output.WriteGitHub(w, &output.Report{Findings: outputFindings(findings)})
}

func outputFindings(findings []finding) []output.Finding {
	var out []output.Finding
	for _, f := range findings {
		out = append(out, output.Finding{
			Analyzer: f.Analyzer, Category: f.Category, Severity: f.Severity, Message: f.Message,
			File: f.File, Line: f.Line, Column: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn,
		})
	}
	return out
}

// maxSummaryRows bounds the findings table of the job summary, which holds
// at most 1 MiB.
const maxSummaryRows = 500

// writeSummary appends the job summary to $GITHUB_STEP_SUMMARY: which
// change was compared, the findings on it, where they were reported, the
// whole module's count when it was needed, errors, and why the step fails.
func (s *step) writeSummary(code int) error {
	name := s.getenv("GITHUB_STEP_SUMMARY")
	if name == "" {
		return nil
	}
	var b strings.Builder
	b.WriteString("## prodvet\n\n")
	n := len(s.newRep.Findings)
	where := "in the module (there is no change to compare with, so every finding counts as new)"
	if s.scope != nil {
		where = "on " + s.scope.what
	}
	if n == 0 {
		fmt.Fprintf(&b, "No findings %s.\n", where)
	} else {
		fmt.Fprintf(&b, "%s %s.\n", count(n), where)
		b.WriteString("\n| file | analyzer | message |\n| --- | --- | --- |\n")
		for i, f := range s.newRep.Findings {
			if i == maxSummaryRows {
				fmt.Fprintf(&b, "\n%d more findings are not listed; see the step's log.\n", n-i)
				break
			}
			fmt.Fprintf(&b, "| `%s:%d:%d` | %s | %s |\n", tableCell(f.File), f.Line, f.Column, f.Analyzer, tableCell(f.Message))
		}
	}
	if s.how != "" && (n > 0 || s.in.mode == "sarif") {
		b.WriteString("\n" + s.how + "\n")
	}
	if s.scope != nil && s.allRep != nil && s.in.mode != "sarif" {
		fmt.Fprintf(&b, "\n%s in the whole module.\n", count(len(s.allRep.Findings)))
	}
	var errs []string
	for _, r := range []*report{s.newRep, s.allRep} {
		if r != nil {
			for _, e := range r.Errors {
				if !slices.Contains(errs, e) {
					errs = append(errs, e)
				}
			}
		}
	}
	if len(errs) > 0 {
		fmt.Fprintf(&b, "\nprodvet could not analyze everything:\n\n")
		for _, e := range errs {
			fmt.Fprintf(&b, "- %s\n", tableCell(e))
		}
	}
	switch {
	case s.reportErr != nil:
		fmt.Fprintf(&b, "\nThe step fails: the findings could not be reported: %s.\n", tableCell(s.reportErr.Error()))
	case code == 2:
		b.WriteString("\nThe step fails: prodvet could not analyze everything.\n")
	case code == 1 && s.in.failOn == "new":
		b.WriteString("\nThe step fails: fail-on is new, and the change adds findings.\n")
	case code == 1:
		b.WriteString("\nThe step fails: fail-on is any, and the module has findings.\n")
	}
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// count says how many findings there are: "1 finding", "3 findings".
func count(n int) string {
	if n == 1 {
		return "1 finding"
	}
	return fmt.Sprintf("%d findings", n)
}

// tableCell makes s safe in a Markdown table cell: one line, pipes and
// backquotes escaped.
func tableCell(s string) string {
	return strings.NewReplacer("|", `\|`, "`", "'", "\n", " ", "\r", "").Replace(s)
}
