package analyzers_test

import (
	"bytes"
	"flag"
	"go/doc/comment"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

var update = flag.Bool("update", false, "rewrite the generated docs/ pages")

// TestSuite checks what every analyzer owes the suite: a valid analyzer,
// a name equal to its directory, a doc title in x/tools form, a docs URL,
// the -tests flag of the reporting policy, and testdata.
func TestSuite(t *testing.T) {
	suite := analyzers.All()
	if err := analysis.Validate(suite); err != nil {
		t.Fatal(err)
	}
	seen := make(map[string]bool)
	for _, a := range suite {
		if seen[a.Name] {
			t.Errorf("two analyzers named %s", a.Name)
		}
		seen[a.Name] = true
		if !regexp.MustCompile(`^[a-z][a-z0-9]*$`).MatchString(a.Name) {
			t.Errorf("analyzer name %q is not one lowercase word", a.Name)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "doc.go")); err != nil {
			t.Errorf("%s: analyzer name does not match a package directory with a doc.go: %v", a.Name, err)
		}
		if _, err := os.Stat(filepath.Join(a.Name, "testdata", "src")); err != nil {
			t.Errorf("%s: no testdata: %v", a.Name, err)
		}
		title, _, _ := strings.Cut(a.Doc, "\n\n")
		if len(title) > 64 || strings.HasSuffix(title, ".") || strings.ContainsAny(title[:1], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") || strings.Contains(title, "\n") {
			t.Errorf("%s: doc title %q is not one lowercase line of at most ~60 characters without a period", a.Name, title)
		}
		if !strings.HasSuffix(a.URL, "/docs/"+a.Name+".md") {
			t.Errorf("%s: URL %q does not point at its docs page", a.Name, a.URL)
		}
		if a.Flags.Lookup("tests") == nil {
			t.Errorf("%s: has no -tests flag (the reporting policy's switch for _test.go files)", a.Name)
		}
		if !strings.Contains(a.Doc, "Category ") {
			t.Errorf("%s: doc describes no category (paragraphs starting \"Category NAME:\")", a.Name)
		}
	}
}

// TestDocsFresh checks that docs/NAME.md is what doc.go generates; run
// "go test ./analyzers -run TestDocsFresh -update" to regenerate.
func TestDocsFresh(t *testing.T) {
	for _, a := range analyzers.All() {
		path := filepath.Join("..", "docs", a.Name+".md")
		want := docPage(a)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is stale or missing; run: go test ./analyzers -run TestDocsFresh -update", path)
		}
	}
}

var categoryParagraph = regexp.MustCompile(`(?m)^Category ([a-z][a-z-]*):`)

// docPage renders an analyzer's documentation as a Markdown page, with an
// anchor for each category so that diagnostic URLs (page#category) land on
// the paragraph that explains them.
func docPage(a *analysis.Analyzer) []byte {
	var p comment.Parser
	pr := comment.Printer{HeadingLevel: 2, HeadingID: func(*comment.Heading) string { return "" }}
	title, body, _ := strings.Cut(a.Doc, "\n\n")
	md := pr.Markdown(p.Parse(body))
	md = categoryParagraph.ReplaceAll(md, []byte(`<a id="$1"></a>Category $1:`))
	var b bytes.Buffer
	b.WriteString("<!-- Code generated from analyzers/" + a.Name + "/doc.go by \"go test ./analyzers -run TestDocsFresh -update\". DO NOT EDIT. -->\n\n")
	b.WriteString("# " + a.Name + "\n\n")
	b.WriteString(a.Name + ": " + title + "\n\n")
	b.Write(md)
	return b.Bytes()
}

// TestSuiteNames checks that the names directives may give, which the
// report package cannot take from All (All imports it), and the fresh
// suite New builds are All's.
func TestSuiteNames(t *testing.T) {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	if got := report.SuiteNames(); !slices.Equal(got, names) {
		t.Errorf("report.SuiteNames() = %v, want the names of analyzers.All(): %v", got, names)
	}
	var fresh []string
	for i, a := range analyzers.New() {
		fresh = append(fresh, a.Name)
		if i < len(analyzers.All()) && a == analyzers.All()[i] {
			t.Errorf("analyzers.New()[%d] is All's %s, not a fresh one", i, a.Name)
		}
	}
	if !slices.Equal(fresh, names) {
		t.Errorf("analyzers.New() = %v, want the names of analyzers.All(): %v", fresh, names)
	}
}

// TestDirectivesOnFastPath checks that every analyzer judges the
// suppression directives of a package it has nothing to look at (no
// import of any API it knows): a stale directive is stale in every
// package, whichever way the analyzer leaves it.
func TestDirectivesOnFastPath(t *testing.T) {
	for _, a := range analyzers.All() {
		t.Run(a.Name, func(t *testing.T) {
			dir := t.TempDir()
			src := "package fastpath\n\nfunc f() int {\n" +
				"\t//prodvet:ignore " + a.Name + " -- nothing here // want `directive for " + a.Name + " suppresses nothing`\n" +
				"\treturn 1\n}\n"
			if err := os.MkdirAll(filepath.Join(dir, "src", "fastpath"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "src", "fastpath", "fastpath.go"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			analysistest.Run(t, dir, a, "fastpath")
		})
	}
}
