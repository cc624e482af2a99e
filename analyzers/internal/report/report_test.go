package report_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// newTestAnalyzer returns an analyzer named name that reports every call of
// a function named bad, through a Reporter.
func newTestAnalyzer(name string) *analysis.Analyzer {
	return newTestAnalyzerOpts(name, report.Options{})
}

func newTestAnalyzerOpts(name string, opts report.Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name: name,
		Doc:  "report calls of bad",
		Run: func(pass *analysis.Pass) (any, error) {
			rep := report.New(pass, opts)
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "bad" {
							rep.Reportf(call, "bad-call", "call of bad")
						}
					}
					return true
				})
			}
			rep.Finish()
			return nil, nil
		},
	}
}

func TestDirectives(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), newTestAnalyzer("first"), "directives")
}

// TestDirectivesOtherAnalyzer checks that directives naming other analyzers
// neither suppress nor get reported by this one.
func TestDirectivesOtherAnalyzer(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newTestAnalyzer("third"), "others")
}

// TestTestSupport checks that packages supporting tests (an e2e harness, a
// package whose exported functions take a *testing.T) are silent unless
// Options.Tests is set, like _test.go files.
func TestTestSupport(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newTestAnalyzer("first"), "e2e", "fakes")
	analysistest.Run(t, analysistest.TestData(), newTestAnalyzerOpts("first", report.Options{Tests: true}), "withtests/e2e")
}

// TestProductionNotTestSupport checks that production packages are reported
// although their non-test files import testing (to call testing.Testing(),
// or in one helper file) or their name ends in "test" (issue 14, defect 2:
// such rules hid a service's scheduler and drivers).
func TestProductionNotTestSupport(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newTestAnalyzer("first"),
		"production/debugchecks", "production/latest", "production/helperfile")
}

func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		text   string
		names  []string
		reason string
		ok     bool
	}{
		{"//prodvet:ignore a -- why", []string{"a"}, "why", true},
		{"//prodvet:ignore a,b -- why -- really", []string{"a", "b"}, "why -- really", true},
		{"//prodvet:ignore a, b --", []string{"a", "b"}, "", true},
		{"//prodvet:ignore a // a comment", []string{"a"}, "", true},
		{"//prodvet:ignore", nil, "", true},
		{"//prodvet:ignored a -- why", nil, "", false},
		{"// prodvet:ignore a -- why", nil, "", false},
	} {
		names, reason, ok := report.ParseDirective(tc.text)
		if !slices.Equal(names, tc.names) || reason != tc.reason || ok != tc.ok {
			t.Errorf("ParseDirective(%q) = %q, %q, %v; want %q, %q, %v", tc.text, names, reason, ok, tc.names, tc.reason, tc.ok)
		}
	}
}

// TestUnknownNames checks that UnknownNamesOwner reports a directive's
// names that no analyzer has (issue 20, defect 7), and that other
// analyzers do not, so each is reported once.
func TestUnknownNames(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), newTestAnalyzer(report.UnknownNamesOwner), "unknownnames")
}

// TestDeclaredAt: a related place in another package is given to the line,
// as go vet knows it from export data; one in the package keeps its column.
func TestDeclaredAt(t *testing.T) {
	fset := token.NewFileSet()
	src := "package dep\n\nfunc Notify() {}\n"
	f := fset.AddFile("dep.go", -1, len(src))
	f.SetLinesForContent([]byte(src))
	at := f.Pos(strings.Index(src, "Notify"))
	here, dep := types.NewPackage("example.com/app", "app"), types.NewPackage("example.com/dep", "dep")
	pass := &analysis.Pass{Fset: fset, Pkg: here}

	imported := types.NewFunc(at, dep, "Notify", types.NewSignatureType(nil, nil, nil, nil, nil, false))
	if got := fset.Position(report.DeclaredAt(pass, imported)); got.Line != 3 || got.Column != 1 {
		t.Errorf("DeclaredAt(imported) = %v, want dep.go:3:1", got)
	}
	local := types.NewFunc(at, here, "Notify", imported.Signature())
	if got := fset.Position(report.DeclaredAt(pass, local)); got.Line != 3 || got.Column != 6 {
		t.Errorf("DeclaredAt(local) = %v, want dep.go:3:6", got)
	}
}
