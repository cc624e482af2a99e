package ignorederr_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers/ignorederr"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestIgnoredErr(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ignorederr.Analyzer,
		"dropped", "valueused", "gostmt", "closewrite", "overwritten", "excludes",
		"stdregress", "testsoff", "generated", "mainpkg", "example.com/cli", "example.com/app", "dbwrite", "example.com/jsonwrap", "example.com/jsonuse", "dbdropped",
	)
}

// TestNegativesStandWithoutComments runs the default scenarios again with
// every "// ok: reason" marker removed. A comment that speaks of errors
// silences a finding (an explained choice), and many markers do; without
// them, each negative must still be silent for the reason it names.
func TestNegativesStandWithoutComments(t *testing.T) {
	dir := t.TempDir()
	okMarker := regexp.MustCompile(`//\s*ok:.*$`)
	src := filepath.Join(analysistest.TestData(), "src")
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			lines[i] = okMarker.ReplaceAllString(l, "")
		}
		rel, _ := filepath.Rel(src, path)
		dst := filepath.Join(dir, "src", rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, []byte(strings.Join(lines, "\n")), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, ignorederr.Analyzer,
		"dropped", "valueused", "gostmt", "closewrite", "overwritten", "excludes",
		"stdregress", "testsoff", "generated", "mainpkg", "example.com/cli", "example.com/app", "dbwrite", "example.com/jsonwrap", "example.com/jsonuse", "dbdropped",
	)
}

func TestBlank(t *testing.T) {
	a := ignorederr.New(ignorederr.Config{Blank: true})
	analysistest.Run(t, analysistest.TestData(), a, "blankflag")
}

func TestTests(t *testing.T) {
	a := ignorederr.New(ignorederr.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testsflag")
}

func TestExclude(t *testing.T) {
	a := ignorederr.New(ignorederr.Config{Exclude: "(*excludeflag.Repo).Save, (excludeflag.Repo).Ping,excludeflag.Cleanup,os.Remove,-(*bytes.Buffer).WriteString,-fmt.Println"})
	analysistest.Run(t, analysistest.TestData(), a, "excludeflag")
}

func TestBadExclude(t *testing.T) {
	for _, bad := range []string{"Remove", "(os.File.Close", "(*os.File).", "os.", "(*os).Close", "a b.C"} {
		a := ignorederr.New(ignorederr.Config{Exclude: bad})
		results := analysistest.Run(fakeT{t}, analysistest.TestData(), a, "badexclude")
		if len(results) == 0 || results[0].Err == nil || !strings.Contains(results[0].Err.Error(), "bad -ignorederr.exclude entry") {
			t.Errorf("exclude %q: want a configuration error, got %v", bad, results)
		}
	}
}

// fakeT swallows the errors analysistest reports, so that a test can
// inspect a run that is meant to fail.
type fakeT struct{ *testing.T }

func (fakeT) Errorf(string, ...any) {}
