package output

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// sampleFiles are the sources the sample findings point into: a tab, a
// two-byte rune and a rune outside the BMP before the findings' columns,
// so that byte, rune and UTF-16 columns all differ.
var sampleFiles = map[string]string{
	"/m/client.go": "package m\n\nimport \"net/http\"\n\nfunc fetch(url string) {\n\t_ = \"é😀\"; http.Get(url)\n}\n",
	"/m/sub dir/srv.go": "package sub\n\nimport \"net/http\"\n\n" +
		"func serve() {\n\thttp.ListenAndServe(\":80\", nil) //prodvet:ignore httptimeout\n}\n",
}

func sampleReport() *Report {
	src := NewSource(func(path string) ([]byte, error) {
		if s, ok := sampleFiles[path]; ok {
			return []byte(s), nil
		}
		return nil, os.ErrNotExist
	})
	return &Report{
		Tool: "prodvet", Version: "v1.2.3", InfoURI: "https://github.com/prodvet/prodvet",
		Rules: []Rule{{
			ID:  "httptimeout",
			Doc: "report HTTP clients, servers and dials with no timeout\n\nA call that can wait forever\nfalls over.\n\n# Flags\n\n\t-httptimeout.tests   also report in _test.go files",
			URL: "https://github.com/prodvet/prodvet/blob/main/docs/httptimeout.md",
		}},
		Findings: []Finding{
			{
				Analyzer: "httptimeout", Category: "default-client", Severity: "warning",
				Message: "http.Get uses http.DefaultClient, which has no timeout; use a client with Timeout set",
				URL:     "https://github.com/prodvet/prodvet/blob/main/docs/httptimeout.md#default-client",
				File:    "client.go", Path: "/m/client.go", Line: 6, Column: 16, EndLine: 6, EndColumn: 24,
				Fingerprint: "0123456789abcdef0123456789abcdef",
				Related: []Related{{
					File: "client.go", Path: "/m/client.go", Line: 5, Column: 6, EndLine: 5, EndColumn: 11,
					Message: "fetch is called once per item",
				}},
			},
			{
				Analyzer: "httptimeout", Category: "stale-directive", Severity: "error",
				Message: "prodvet:ignore directive for httptimeout has no reason, so it suppresses nothing; add -- and the reason, 100% <sure>",
				URL:     "https://github.com/prodvet/prodvet/blob/main/docs/ci.md#suppressing-a-finding",
				File:    "sub dir/srv.go", Path: "/m/sub dir/srv.go", Line: 6, Column: 35, EndLine: 6, EndColumn: 63,
				Fingerprint: "fedcba9876543210fedcba9876543210",
				Fixes: []Fix{{Message: "Remove the directive", Edits: []Edit{
					{File: "sub dir/srv.go", Path: "/m/sub dir/srv.go", Start: 82, End: 110, NewText: ""},
					{File: "sub dir/srv.go", Path: "/m/sub dir/srv.go", Start: 43, End: 47, NewText: "hi\nthere"},
				}}},
			},
		},
		Errors: []string{"package example.com/broken not analyzed: x.go:1:1: expected 'package', found 'EOF'"},
		Source: src,
	}
}

// TestGolden renders the sample report in every format and compares it
// with testdata/sample.FORMAT (go test -update to accept changes).
func TestGolden(t *testing.T) {
	for _, format := range Formats {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, format, sampleReport(), Options{SourceLines: true}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "sample."+format)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s output differs from %s (go test -update to accept):\n%s", format, golden, buf.String())
			}
		})
	}
}

func TestSummary(t *testing.T) {
	var buf bytes.Buffer
	WriteSummary(&buf, sampleReport())
	if got, want := buf.String(), "prodvet: 2 findings (httptimeout 2)\n"; got != want {
		t.Errorf("WriteSummary = %q, want %q", got, want)
	}
}

func TestUTF16Column(t *testing.T) {
	src := sampleReport().Source
	// Line 6 of client.go is "\t_ = \"é😀\"; http.Get(url)": "http" starts
	// at byte 16, after 11 runes, which are 12 UTF-16 units.
	for _, tc := range []struct{ col, want int }{{1, 1}, {7, 7}, {9, 8}, {16, 13}, {24, 21}} {
		if got := src.UTF16Column("/m/client.go", 6, tc.col); got != tc.want {
			t.Errorf("UTF16Column(6, %d) = %d, want %d", tc.col, got, tc.want)
		}
	}
}

func TestEscapes(t *testing.T) {
	for _, tc := range []struct{ in, data, prop string }{
		{"a%b\r\nc", "a%25b%0D%0Ac", "a%25b%0D%0Ac"},
		{"x:y,z", "x:y,z", "x%3Ay%2Cz"},
	} {
		if got := escapeData(tc.in); got != tc.data {
			t.Errorf("escapeData(%q) = %q, want %q", tc.in, got, tc.data)
		}
		if got := escapeProperty(tc.in); got != tc.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tc.in, got, tc.prop)
		}
	}
	if got := fmt.Sprint(fileURI("sub dir/a%b.go")); got != "sub%20dir/a%25b.go" {
		t.Errorf("fileURI = %q", got)
	}
}

func TestGitHubJobSummary(t *testing.T) {
	var buf bytes.Buffer
	r := sampleReport()
	if err := WriteGitHubJobSummary(&buf, r); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	for _, want := range []string{
		"## prodvet\n",
		fmt.Sprintf("%d findings.", len(r.Findings)),
		fmt.Sprintf("| httptimeout | %d |", len(r.Findings)),
		"| `client.go:6:16` | httptimeout | http.Get uses http.DefaultClient",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("job summary lacks %q:\n%s", want, got)
		}
	}
	r.Findings[0].Message = "a | b"
	buf.Reset()
	_ = WriteGitHubJobSummary(&buf, r)
	if !strings.Contains(buf.String(), `a \| b`) {
		t.Errorf("a pipe in a message is not escaped:\n%s", buf.String())
	}
}

// TestLineSuggestion checks the one whole-line suggestion rdjsonl gives a
// fix: reviewdog renders every suggestion as a block of its own and GitLab
// replaces whole lines, so the edits of a fix must become one suggestion.
func TestLineSuggestion(t *testing.T) {
	const file = "package p\n\nfunc f(ctx context.Context) error {\n\treturn db.Ping()\n}\n"
	src := NewSource(func(string) ([]byte, error) { return []byte(file), nil })
	at := func(s string) int { return strings.Index(file, s) }
	edit := func(start, end int, text string) Edit {
		return Edit{Path: "/p.go", Start: start, End: end, NewText: text}
	}
	for _, tc := range []struct {
		name  string
		edits []Edit
		want  string // start-end:text, or "" for no suggestion
	}{
		{"rename and insert on one line", []Edit{
			edit(at("()")+1, at("()")+1, "ctx"),
			edit(at("Ping"), at("Ping")+4, "PingContext"),
		}, "4-4:\treturn db.PingContext(ctx)"},
		{"delete a whole line", []Edit{edit(at("\treturn"), at("}\n"), "")}, "4-4:"},
		{"insert at a line's start", []Edit{edit(at("}\n"), at("}\n"), "\t// done\n")}, "5-5:\t// done\n}"},
		{"join two lines", []Edit{edit(at("{\n\t")+1, at("{\n\t")+3, " ")}, "3-4:func f(ctx context.Context) error { return db.Ping()"},
		{"another file", []Edit{edit(0, 0, "x"), {Path: "/q.go", Start: 0, End: 0, NewText: "y"}}, ""},
		{"overlapping edits", []Edit{edit(0, 5, "x"), edit(3, 6, "y")}, ""},
		{"beyond the file", []Edit{edit(0, len(file)+1, "")}, ""},
	} {
		s, ok := lineSuggestion(src, "/p.go", tc.edits)
		got := ""
		if ok {
			got = fmt.Sprintf("%d-%d:%s", s.Range.Start.Line, s.Range.End.Line, s.Text)
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}
