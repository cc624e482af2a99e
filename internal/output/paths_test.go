package output

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// testPaths is a machine with the module at /src/app, a module replaced by
// ../lib, the module cache in /home/u/go/pkg/mod and a toolchain that
// GOTOOLCHAIN downloaded into it.
func testPaths() *Paths {
	return &Paths{
		Root:     abs("/src/app"),
		ModCache: abs("/home/u/go/pkg/mod"),
		GOROOT:   abs("/home/u/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64"),
		Local:    []string{abs("/src/lib")},
	}
}

// abs turns a slash path into an absolute path of this system.
func abs(p string) string {
	return filepath.Join(filepath.VolumeName(os.TempDir())+string(filepath.Separator), filepath.FromSlash(p))
}

func TestPathsShow(t *testing.T) {
	p := testPaths()
	for _, tc := range []struct{ file, want string }{
		{abs("/src/app/api/api.go"), "api/api.go"},
		{abs("/src/app/vendor/github.com/x/y/z.go"), "vendor/github.com/x/y/z.go"},
		{abs("/home/u/go/pkg/mod/github.com/x/y@v1.2.3/z.go"), "github.com/x/y@v1.2.3/z.go"},
		{abs("/home/u/go/pkg/mod/github.com/!burnt!sushi/toml@v1.4.0/decode.go"), "github.com/BurntSushi/toml@v1.4.0/decode.go"},
		{abs("/home/u/go/pkg/mod/gopkg.in/yaml.v3@v3.0.1/decode.go"), "gopkg.in/yaml.v3@v3.0.1/decode.go"},
		{abs("/home/u/go/pkg/mod/example.com/m@v0.0.0-20240101000000-abcdefabcdef/sub/x.go"), "example.com/m@v0.0.0-20240101000000-abcdefabcdef/sub/x.go"},
		// The toolchain is GOROOT, though it is in the module cache.
		{abs("/home/u/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.26.0.linux-amd64/src/net/http/client.go"), "$GOROOT/src/net/http/client.go"},
		// Positions read from the standard library's export data.
		{"$GOROOT/src/net/http/server.go", "$GOROOT/src/net/http/server.go"},
		{abs("/src/lib/lib.go"), "../lib/lib.go"},
		// Not inside a module's directory: left as it is.
		{abs("/home/u/go/pkg/mod/cache/download/x@v1/y.go"), filepath.ToSlash(abs("/home/u/go/pkg/mod/cache/download/x@v1/y.go"))},
		{abs("/home/u/go/pkg/mod/stray.go"), filepath.ToSlash(abs("/home/u/go/pkg/mod/stray.go"))},
		{abs("/home/u/.cache/go-build/ab/cgo.go"), filepath.ToSlash(abs("/home/u/.cache/go-build/ab/cgo.go"))},
		{abs("/src/application/x.go"), filepath.ToSlash(abs("/src/application/x.go"))},
	} {
		if got := p.Show(tc.file); got != tc.want {
			t.Errorf("Show(%q) = %q, want %q", tc.file, got, tc.want)
		}
	}
	var none *Paths
	if got, want := none.Show(abs("/src/app/a.go")), filepath.ToSlash(abs("/src/app/a.go")); got != want {
		t.Errorf("nil Paths: Show = %q, want %q", got, want)
	}
}

func TestPathsDisk(t *testing.T) {
	p := testPaths()
	if got, want := p.Disk("$GOROOT/src/net/http/server.go"), filepath.Join(p.GOROOT, "src", "net", "http", "server.go"); got != want {
		t.Errorf("Disk($GOROOT/...) = %q, want %q", got, want)
	}
	if f := abs("/src/app/a.go"); p.Disk(f) != f {
		t.Errorf("Disk(%q) = %q, want it unchanged", f, p.Disk(f))
	}
}

func TestUnescape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"github.com/!burnt!sushi/toml", "github.com/BurntSushi/toml"},
		{"v1.0.0-!r!c1", "v1.0.0-RC1"},
		{"plain", "plain"},
		{"bad!", "bad!"},       // a trailing '!'
		{"bad!1", "bad!1"},     // '!' before a non-letter
		{"Upper!a", "Upper!a"}, // capitals are never in an escaped path
	} {
		if got := unescape(tc.in); got != tc.want {
			t.Errorf("unescape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// depReport is a finding in the module whose related locations are in the
// module cache and in GOROOT, as the driver makes it with testPaths.
func depReport() *Report {
	p := testPaths()
	rel := func(path, msg string) Related {
		return Related{File: p.Show(path), Path: path, Line: 3, Column: 6, EndLine: 3, EndColumn: 10, Message: msg}
	}
	main := abs("/src/app/api/api.go")
	return &Report{
		Tool: "prodvet", Version: "v1.2.3", Paths: p, Source: NewSource(func(string) ([]byte, error) { return nil, os.ErrNotExist }),
		Rules: []Rule{{ID: "ctxprop", Doc: "ctxprop: report lost contexts\n\nMore."}},
		Findings: []Finding{{
			Analyzer: "ctxprop", Severity: "warning", Message: "store.Load makes its own context",
			File: p.Show(main), Path: main, Line: 12, Column: 2, EndLine: 12, EndColumn: 12,
			Related: []Related{
				rel(abs("/home/u/go/pkg/mod/github.com/!burnt!sushi/store@v1.0.0/store.go"), "store.Load reaches context.Background"),
				rel(p.Disk("$GOROOT/src/net/http/client.go"), "the client"),
				rel(abs("/src/lib/lib.go"), "the helper"),
			},
		}},
	}
}

// TestDependencyPathsEveryFormat checks that no format prints the
// machine's directories for related locations in dependencies.
func TestDependencyPathsEveryFormat(t *testing.T) {
	home := filepath.ToSlash(abs("/home/u"))
	for _, format := range Formats {
		var buf bytes.Buffer
		if err := Write(&buf, format, depReport(), Options{}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if strings.Contains(out, home) || strings.Contains(out, filepath.ToSlash(abs("/src/app"))) || strings.Contains(out, filepath.ToSlash(abs("/src/lib"))) {
			t.Errorf("%s output names a directory of the machine:\n%s", format, out)
		}
		if !strings.Contains(out, "api/api.go") {
			t.Errorf("%s output does not name api/api.go:\n%s", format, out)
		}
	}
	var buf bytes.Buffer
	if err := WriteText(&buf, depReport(), Options{}); err != nil {
		t.Fatal(err)
	}
	want := "api/api.go:12:2: store.Load makes its own context (ctxprop)\n" +
		"github.com/BurntSushi/store@v1.0.0/store.go:3:6: \tstore.Load reaches context.Background\n" +
		"$GOROOT/src/net/http/client.go:3:6: \tthe client\n" +
		"../lib/lib.go:3:6: \tthe helper\n"
	if got := buf.String(); got != want {
		t.Errorf("text output:\n%s\nwant:\n%s", got, want)
	}
}

// TestSARIFDependencies checks that SARIF locates files of the module cache
// and GOROOT relative to uriBaseIds, which originalUriBaseIds describes, and
// that the log is valid SARIF 2.1.0.
func TestSARIFDependencies(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSARIF(&buf, depReport()); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	schema, err := jsonschema.NewCompiler().Compile(filepath.Join("..", "..", "testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("SARIF output does not validate against the SARIF 2.1.0 schema:\n%v\n%s", err, buf.String())
	}

	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds"`
			Results            []struct {
				Locations        []sarifLocation `json:"locations"`
				RelatedLocations []sarifLocation `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	for _, base := range []string{"GOMODCACHE", "GOROOT"} {
		if a, ok := run.OriginalURIBaseIDs[base]; !ok || a.URI != "" || a.Description == nil {
			t.Errorf("originalUriBaseIds[%s] = %+v, want a description and no machine's URI", base, a)
		}
	}
	got := []sarifArtifact{run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation}
	for _, l := range run.Results[0].RelatedLocations {
		got = append(got, l.PhysicalLocation.ArtifactLocation)
	}
	want := []sarifArtifact{
		{URI: "api/api.go", URIBaseID: "%SRCROOT%"},
		// The path in the module cache, escapes and all, resolves
		// against go env GOMODCACHE.
		{URI: "github.com/!burnt!sushi/store@v1.0.0/store.go", URIBaseID: "GOMODCACHE"},
		{URI: "src/net/http/client.go", URIBaseID: "GOROOT"},
		{URI: "../lib/lib.go", URIBaseID: "%SRCROOT%"},
	}
	if len(got) != len(want) {
		t.Fatalf("artifact locations %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].URI != want[i].URI || got[i].URIBaseID != want[i].URIBaseID {
			t.Errorf("artifact location %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
