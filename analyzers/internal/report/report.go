// Package report is the one road every prodvet diagnostic takes to the
// driver. Suite-wide policy lives here and only here, so it is the same under
// prodvet, go vet, golangci-lint and nogo: generated files are never
// reported, _test.go files only when the analyzer's -tests flag asks for it.
package report

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Options is the policy every analyzer exposes through its own flags.
type Options struct {
	Tests bool // also report in _test.go files
}

// Reporter emits one pass's diagnostics, dropping those the policy excludes.
// Make one per pass; it is not safe for concurrent use.
type Reporter struct {
	pass *analysis.Pass
	skip map[*token.File]bool // files whose diagnostics are dropped
}

// New returns a Reporter for pass. It looks at each file's header once.
func New(pass *analysis.Pass, opts Options) *Reporter {
	r := &Reporter{pass: pass, skip: make(map[*token.File]bool)}
	for _, f := range pass.Files {
		tf := pass.Fset.File(f.FileStart)
		if tf == nil {
			continue
		}
		name := pass.Fset.Position(f.Package).Filename // honours //line directives
		if ast.IsGenerated(f) || (!opts.Tests && strings.HasSuffix(name, "_test.go")) {
			r.skip[tf] = true
		}
	}
	return r
}

// Skips reports whether diagnostics at pos would be dropped, so that an
// analyzer can avoid expensive work on files nobody will see reports for.
func (r *Reporter) Skips(pos token.Pos) bool {
	return r.skip[r.pass.Fset.File(pos)]
}

// Report emits d unless the policy drops it.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if !d.Pos.IsValid() || r.Skips(d.Pos) {
		return
	}
	r.pass.Report(d)
}

// Reportf emits a diagnostic of the given category spanning rng.
func (r *Reporter) Reportf(rng analysis.Range, category, format string, args ...any) {
	r.Report(analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
	})
}

// Related returns a pointer to a second place that explains a diagnostic,
// such as where a loop starts or where a value is used.
func Related(rng analysis.Range, message string) analysis.RelatedInformation {
	return analysis.RelatedInformation{Pos: rng.Pos(), End: rng.End(), Message: message}
}
