// Package report is the one road every prodvet diagnostic takes to the
// driver. Suite-wide policy lives here and only here, so it is the same under
// prodvet, go vet, golangci-lint and nogo: generated files are never
// reported, _test.go files only when the analyzer's -tests flag asks for it,
// and a finding is dropped when a suppression directive covers it:
//
//	//prodvet:ignore httptimeout,nplusone -- the batch job has its own deadline
//
// A directive covers the line it is on and the line below. It must give a
// reason after "--"; a directive without one suppresses nothing and is
// itself reported (category directive-reason). A directive that suppresses
// nothing for an analyzer that looked at its file is reported by that
// analyzer (category stale-directive), so that stale ones get removed.
//
// A directive naming an analyzer the suite does not have (a misspelling,
// //prodvet:ignore httptimout) would silently suppress nothing; one
// analyzer, UnknownNamesOwner, reports such names (category
// unknown-analyzer), so each is reported once whichever analyzers run
// alongside it.
//
// The Reporter owns a pass's diagnostics: package declare makes it before the
// analyzer runs, the analyzer queues what it finds with Report or Reportf,
// and declare calls Finish when the analyzer returns, on every path
// (including a fast path that finds nothing to look at). Finish emits the
// queue in source order and only then judges the directives, once it is
// known which of them were used.
package report

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/role"
	"golang.org/x/tools/go/analysis"
)

// Options is the policy every analyzer exposes through its own flags.
type Options struct {
	Tests bool // also report in _test.go files and in packages that support tests (role.IsTestSupport)
}

// Categories of the diagnostics about suppression directives, the same for
// every analyzer.
const (
	CategoryStaleDirective  = "stale-directive"
	CategoryDirectiveReason = "directive-reason"
	CategoryUnknownAnalyzer = "unknown-analyzer"
)

// SuiteNames returns the names of the suite's analyzers (analyzers.All,
// which imports this package; a test there keeps the two in step): the
// names a directive may give.
func SuiteNames() []string {
	return []string{"httptimeout", "unboundedretry", "ignorederr", "unstructuredlog", "ctxprop", "nplusone", "shutdown", "unboundedinput"}
}

// UnknownNamesOwner is the analyzer whose Reporter reports directives'
// unknown names: one that makes its Reporter in every package (it has no
// fast path), so that every package is judged the same.
const UnknownNamesOwner = "unboundedretry"

// DirectivesURL documents suppression directives.
const DirectivesURL = "https://github.com/prodvet/prodvet/blob/main/docs/ci.md#suppressing-a-finding"

// Reporter collects one pass's diagnostics and emits them, in source order,
// dropping those the policy excludes. Package declare makes one per pass and
// finishes it; it is not safe for concurrent use.
type Reporter struct {
	pass     *analysis.Pass
	queue    []analysis.Diagnostic        // reported, not yet emitted
	skip     map[*token.File]bool         // files whose diagnostics are dropped
	ignores  map[*token.File][]*directive // directives naming this analyzer, in source order
	files    []*token.File                // files with such directives, in pass.Files order
	unknown  []unknownName                // names no analyzer has, when this is UnknownNamesOwner
	finished bool
}

// A directive is a //prodvet:ignore comment naming the pass's analyzer.
type directive struct {
	comment *ast.Comment
	line    int
	reason  string
	used    bool
}

// An unknownName is a name in a directive that no analyzer of the suite has.
type unknownName struct {
	comment *ast.Comment
	name    string
}

// New returns a Reporter for pass. It looks at each file's header and
// comments once. Analyzers get theirs from package declare.
func New(pass *analysis.Pass, opts Options) *Reporter {
	r := &Reporter{pass: pass, skip: make(map[*token.File]bool), ignores: make(map[*token.File][]*directive)}
	// A package that exists to support tests (httptest, a fake server, an
	// e2e harness) never runs in production: like a _test.go file.
	testSupport := !opts.Tests && role.IsTestSupport(pass)
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		name := pass.Fset.Position(f.Package).Filename // honours //line directives
		if testSupport || isGenerated(f, tf, name) || (!opts.Tests && strings.HasSuffix(name, "_test.go")) {
			r.skip[tf] = true
			continue
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				names, reason, ok := ParseDirective(c.Text)
				if ok && pass.Analyzer.Name == UnknownNamesOwner {
					for _, n := range names {
						if !slices.Contains(SuiteNames(), n) {
							r.unknown = append(r.unknown, unknownName{c, n})
						}
					}
				}
				if !ok || !slices.Contains(names, pass.Analyzer.Name) {
					continue
				}
				if len(r.ignores[tf]) == 0 {
					r.files = append(r.files, tf)
				}
				// Line numbers are those of the file as written (after
				// //line directives, as in cgo's rewrite of a file), like
				// the positions users see next to the directive.
				r.ignores[tf] = append(r.ignores[tf], &directive{comment: c, line: pass.Fset.Position(c.Pos()).Line, reason: reason})
			}
		}
	}
	return r
}

// cgoMarker heads every file cmd/cgo writes, including its rewrite of each
// hand-written file that imports "C".
const cgoMarker = "// Code generated by cmd/cgo; DO NOT EDIT."

// isGenerated reports whether f, held in tf, is generated code. For a
// package that uses cgo, the drivers analyze cmd/cgo's output: its own
// declarations, which are generated, and its rewrite of each file that
// imports "C", whose //line directives point back at the file as written:
// its package clause is then in origName, another file than tf. Such a file
// is generated only if its own header says so: cgo's marker does not count.
func isGenerated(f *ast.File, tf *token.File, origName string) bool {
	if !ast.IsGenerated(f) {
		return false
	}
	if origName == tf.Name() {
		return true
	}
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if c.Text != cgoMarker && isGeneratedMarker(c.Text) {
				return true
			}
		}
	}
	return false
}

// isGeneratedMarker reports whether comment has a line of the form
// "// Code generated ... DO NOT EDIT.", as ast.IsGenerated looks for.
func isGeneratedMarker(comment string) bool {
	for line := range strings.SplitSeq(comment, "\n") {
		if rest, ok := strings.CutPrefix(line, "// Code generated "); ok && strings.HasSuffix(rest, " DO NOT EDIT.") {
			return true
		}
	}
	return false
}

// ParseDirective parses a comment of the form
// "//prodvet:ignore a,b -- reason". It reports ok when text is such a
// directive, whatever its content; names may then be empty and reason is ""
// when none is given. A "//" after the names, with no "--", starts a
// comment on the directive, not a reason.
func ParseDirective(text string) (names []string, reason string, ok bool) {
	rest, ok := strings.CutPrefix(text, "//prodvet:ignore")
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return nil, "", false
	}
	list, reason, hasReason := strings.Cut(rest, "--")
	if !hasReason {
		list, _, _ = strings.Cut(list, "//")
	}
	for _, name := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		names = append(names, name)
	}
	return names, strings.TrimSpace(reason), true
}

// Skips reports whether diagnostics at pos would be dropped, so that an
// analyzer can avoid expensive work on files nobody will see reports for.
func (r *Reporter) Skips(pos token.Pos) bool {
	return r.skip[r.pass.Fset.File(pos)]
}

// Report queues d, to be emitted by Finish unless the policy drops it or a
// directive suppresses it. Diagnostics may be reported in any order.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !d.Pos.IsValid() || r.Skips(d.Pos) {
		return
	}
	r.queue = append(r.queue, d)
}

// Reportf queues a diagnostic of the given category spanning rng.
func (r *Reporter) Reportf(rng analysis.Range, category, format string, args ...any) {
	r.Report(analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	})
}

// suppressed reports whether a directive with a reason covers pos, marking
// every such directive used.
func (r *Reporter) suppressed(pos token.Pos) bool {
	tf := r.pass.Fset.File(pos)
	dirs := r.ignores[tf]
	if len(dirs) == 0 {
		return false
	}
	line := r.pass.Fset.Position(pos).Line
	found := false
	for _, dir := range dirs {
		if dir.reason != "" && (dir.line == line || dir.line == line-1) {
			dir.used = true
			found = true
		}
	}
	return found
}

// Finish emits the queued diagnostics in source order, leaving out those a
// directive suppresses, then reports, in source order, the directives naming
// this analyzer that have no reason or suppressed nothing in this pass.
// Package declare calls it once, when the analyzer's run returns.
func (r *Reporter) Finish() {
	if r.finished {
		return
	}
	r.finished = true
	slices.SortStableFunc(r.queue, func(a, b analysis.Diagnostic) int { return cmp.Compare(a.Pos, b.Pos) })
	for _, d := range r.queue {
		if !r.suppressed(d.Pos) {
			r.pass.Report(d)
		}
	}
	r.queue = nil
	r.reportUnknown()
	name := r.pass.Analyzer.Name
	for _, tf := range r.files {
		for _, dir := range r.ignores[tf] {
			c := dir.comment
			switch {
			case dir.reason == "":
				r.pass.Report(analysis.Diagnostic{
					Pos: c.Pos(), End: c.End(), Category: CategoryDirectiveReason, URL: DirectivesURL,
					Message: fmt.Sprintf("prodvet:ignore directive for %s has no reason, so it suppresses nothing; add -- and the reason", name),
				})
			case !dir.used:
				r.pass.Report(analysis.Diagnostic{
					Pos: c.Pos(), End: c.End(), Category: CategoryStaleDirective, URL: DirectivesURL,
					Message: fmt.Sprintf("prodvet:ignore directive for %s suppresses nothing; remove it", name),
					SuggestedFixes: []analysis.SuggestedFix{{
						Message:   "Remove the directive",
						TextEdits: []analysis.TextEdit{removal(dir, name)},
					}},
				})
			}
		}
	}
}

// reportUnknown reports the unknown names in directives, in source order
// (the files are in pass.Files order, their comments in source order).
func (r *Reporter) reportUnknown() {
	for _, u := range r.unknown {
		msg := fmt.Sprintf("prodvet:ignore names no analyzer %s, so it suppresses nothing", u.name)
		if near := nearestName(u.name); near != "" {
			msg += fmt.Sprintf("; did you mean %s?", near)
		}
		r.pass.Report(analysis.Diagnostic{
			Pos: u.comment.Pos(), End: u.comment.End(), Category: CategoryUnknownAnalyzer, URL: DirectivesURL,
			Message: msg,
		})
	}
}

// nearestName returns the suite name within two edits of name, if any.
func nearestName(name string) string {
	best, bestDist := "", 3
	for _, n := range SuiteNames() {
		if d := editDistance(name, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// removal returns the edit that removes a stale directive: the whole
// comment, or only this analyzer's name when it names others too.
func removal(dir *directive, name string) analysis.TextEdit {
	c := dir.comment
	names, _, _ := ParseDirective(c.Text)
	others := slices.DeleteFunc(slices.Clone(names), func(n string) bool { return n == name })
	if len(others) == 0 {
		return analysis.TextEdit{Pos: c.Pos(), End: c.End()}
	}
	text := "//prodvet:ignore " + strings.Join(others, ",") + " -- " + dir.reason
	return analysis.TextEdit{Pos: c.Pos(), End: c.End(), NewText: []byte(text)}
}

// Related returns a pointer to a second place that explains a diagnostic,
// such as where a loop starts or where a value is used.
func Related(rng analysis.Range, message string) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: rng.Pos(), End: rng.End(), Message: message}
}

// DeclaredAt returns where obj is declared, for a related place: to the
// line only when obj comes from another package, because under go vet such
// an object is read from export data, which keeps lines but no columns.
// Both drivers then print the same place.
func DeclaredAt(pass *analysis.Pass, obj types.Object) token.Pos {
	pos := obj.Pos()
	if obj.Pkg() == pass.Pkg || !pos.IsValid() {
		return pos
	}
	f := pass.Fset.File(pos)
	if f == nil {
		return pos
	}
	return f.LineStart(f.Line(pos))
}

// Span returns the range from pos to end, for reporting at positions that
// are not a single node (a keyword, the point where a goroutine starts).
func Span(pos, end token.Pos) analysis.Range { return span{pos, end} }

type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
