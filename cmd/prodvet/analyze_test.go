package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
)

// TestAnalyze runs the load, analyze and findings stages on a small
// module: one output.Finding per diagnostic, with the file as printed and
// on disk, the enclosing function, and the suggested fix attached.
func TestAnalyze(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"go.mod": "module example.com/stage\n\ngo 1.26\n",
		"api/client.go": `package api

import (
	"context"
	"net/http"
)

type Client struct{}

func (c *Client) Fetch(ctx context.Context, url string) {
	req, _ := http.NewRequest("GET", url, nil)
	_ = req
	http.Get(url)
}
`,
	} {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOWORK", "off")
	suite := testSuite()
	selected := []*analysis.Analyzer{findAnalyzer(suite, "httptimeout"), findAnalyzer(suite, "ctxprop")}
	res, err := analyze(selected, []string{"./..."}, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(res.errors) > 0 {
		t.Fatalf("errors: %v", res.errors)
	}
	var lines []string
	var fixed *output.Finding
	for i, f := range res.findings {
		lines = append(lines, f.File+" "+f.Analyzer+" "+f.Func)
		if f.Path != filepath.Join(realPath(dir), "api", "client.go") && f.Path != filepath.Join(dir, "api", "client.go") {
			t.Errorf("Path = %q, want the file on disk", f.Path)
		}
		if len(f.Fixes) > 0 {
			fixed = &res.findings[i]
		}
	}
	got := strings.Join(lines, "\n")
	for _, want := range []string{"api/client.go ctxprop Client.Fetch", "api/client.go httptimeout Client.Fetch"} {
		if !strings.Contains(got, want) {
			t.Errorf("findings lack %q:\n%s", want, got)
		}
	}
	if fixed == nil || fixed.Fixes[0].Edits[0].File != "api/client.go" {
		t.Errorf("no finding carries its suggested fix (NewRequestWithContext):\n%s", got)
	}
}
