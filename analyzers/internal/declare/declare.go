// Package declare builds prodvet's analyzers from their parts, so that every
// analyzer gets its documentation, URL, -tests flag, Reporter and crash
// guard the same way.
package declare

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
)

// DocsURL is where the generated page of each analyzer lives.
const DocsURL = "https://github.com/prodvet/prodvet/blob/main/docs/"

// Spec describes an analyzer. DocFile is the text of the analyzer's doc.go
// (embedded with go:embed), whose "# Analyzer NAME" section becomes Doc.
//
// Run queues its findings on the Reporter it is given; the Reporter is made
// before Run is called and finished when it returns without error, so that
// the package's suppression directives are judged on every path, a fast
// path that returns at once included.
type Spec struct {
	Name      string
	DocFile   string
	Run       func(*analysis.Pass, *report.Reporter) (any, error)
	Requires  []*analysis.Analyzer
	FactTypes []analysis.Fact
	// Tests is the analyzer's Config.Tests, bound to its -tests flag:
	// whether to report in _test.go files and in packages that support
	// tests, which the Reporter otherwise skips.
	Tests *bool
}

// Analyzer returns the analyzer that spec describes. It panics if the doc
// comment is malformed or Tests is nil: those are programming errors caught
// by every test.
func Analyzer(spec Spec) *analysis.Analyzer {
	if spec.Tests == nil {
		panic(fmt.Sprintf("analyzer %s: Spec.Tests is nil", spec.Name))
	}
	doc, err := ExtractDoc(spec.DocFile, spec.Name)
	if err != nil {
		panic(fmt.Sprintf("analyzer %s: %v", spec.Name, err))
	}
	a := &analysis.Analyzer{
		Name:      spec.Name,
		Doc:       doc,
		URL:       DocsURL + spec.Name + ".md",
		Requires:  spec.Requires,
		FactTypes: spec.FactTypes,
	}
	a.Flags.BoolVar(spec.Tests, "tests", *spec.Tests, "also report in _test.go files and in packages that support tests")
	tests := spec.Tests
	a.Run = guard(a, func(pass *analysis.Pass) (any, error) {
		rep := report.New(pass, report.Options{Tests: *tests})
		res, err := spec.Run(pass, rep)
		if err == nil {
			rep.Finish()
		}
		return res, err
	})
	return a
}

// guard turns a panic inside run into an error naming the analyzer, the
// package and where it panicked, so that one bug in one analyzer costs one
// line of output and not the whole run: the drivers go on with the other
// packages and analyzers.
func guard(a *analysis.Analyzer, run func(*analysis.Pass) (any, error)) func(*analysis.Pass) (any, error) {
	return func(pass *analysis.Pass) (res any, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("internal error in %s on package %s: %v at %s (please report it)",
					a.Name, pass.Pkg.Path(), r, panicSite())
			}
		}()
		return run(pass)
	}
}

// panicSite returns file:line of the innermost frame outside the runtime,
// called from a deferred recover.
func panicSite() string {
	pcs := make([]uintptr, 32)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(3, pcs)])
	for {
		f, more := frames.Next()
		if !strings.HasPrefix(f.Function, "runtime.") {
			return fmt.Sprintf("%s:%d", filepath.Base(f.File), f.Line)
		}
		if !more {
			return "unknown location"
		}
	}
}

// ExtractDoc returns the "# Analyzer NAME" section of a package doc comment,
// without its heading and without the "NAME: " prefix of its title line, the
// form x/tools uses for Analyzer.Doc.
func ExtractDoc(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", fmt.Errorf("doc.go does not parse: %v", err)
	}
	if f.Doc == nil {
		return "", fmt.Errorf("doc.go has no package comment")
	}
	section, ok := analyzerSection(f.Doc, name)
	if !ok {
		return "", fmt.Errorf("package comment has no %q heading", "# Analyzer "+name)
	}
	rest, ok := strings.CutPrefix(section, name+": ")
	if !ok {
		return "", fmt.Errorf("%q heading is not followed by a %q title line", "# Analyzer "+name, name+": ")
	}
	return rest, nil
}

// analyzerSection returns the text from the "# Analyzer NAME" heading to the
// next "# Analyzer" heading (a package may document several analyzers),
// keeping the other headings inside it.
func analyzerSection(doc *ast.CommentGroup, name string) (string, bool) {
	text := "\n" + doc.Text()
	_, after, ok := strings.Cut(text, "\n# Analyzer "+name+"\n")
	if !ok {
		return "", false
	}
	section, _, _ := strings.Cut(after, "\n# Analyzer ")
	return strings.TrimSpace(section), true
}
