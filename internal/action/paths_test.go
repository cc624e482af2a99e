package action

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRepoPath(t *testing.T) {
	for _, tc := range []struct{ prefix, file, want string }{
		{"", "api/a.go", "api/a.go"},
		{"service/", "api/a.go", "service/api/a.go"},
		{"service/", "../lib/lib.go", "lib/lib.go"},          // a replaced module beside it
		{"service/", "../../outside.go", "../../outside.go"}, // outside the repository
		{"service/", "$GOROOT/src/net/http/client.go", "$GOROOT/src/net/http/client.go"},
		{"service/", "github.com/BurntSushi/toml@v1.4.0/decode.go", "github.com/BurntSushi/toml@v1.4.0/decode.go"},
		{"service/", "/tmp/cgo/x.go", "/tmp/cgo/x.go"},
	} {
		if got := repoPath(tc.prefix, tc.file); got != tc.want {
			t.Errorf("repoPath(%q, %q) = %q, want %q", tc.prefix, tc.file, got, tc.want)
		}
	}
}

func TestRewriteSARIF(t *testing.T) {
	const in = `{"runs":[{"originalUriBaseIds":{"%SRCROOT%":{"description":{"text":"the root prodvet ran in"}},"GOROOT":{"uri":"file:///go/"}},
"results":[{"locations":[{"physicalLocation":{"artifactLocation":{"uri":"sub%20dir/a.go","uriBaseId":"%SRCROOT%"},"region":{"startLine":3}}}],
"relatedLocations":[{"physicalLocation":{"artifactLocation":{"uri":"src/net/http/client.go","uriBaseId":"GOROOT"}}}],
"fixes":[{"artifactChanges":[{"artifactLocation":{"uri":"sub%20dir/a.go"}}]}]}]}]}`
	name := filepath.Join(t.TempDir(), "x.sarif")
	if err := os.WriteFile(name, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := rewriteSARIF(name, "my service/"); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(data)), " ")
	for _, want := range []string{
		`"uri": "my%20service/sub%20dir/a.go", "uriBaseId": "%SRCROOT%"`,
		`"uri": "src/net/http/client.go", "uriBaseId": "GOROOT"`,
		`"artifactLocation": { "uri": "my%20service/sub%20dir/a.go" }`,
		`"startLine": 3`,
		`"description": { "text": "the repository's root" }`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewritten SARIF lacks %s:\n%s", want, data)
		}
	}
	if got, want := sarifCategory("my service/"), "prodvet/my service"; got != want {
		t.Errorf("sarifCategory = %q, want %q", got, want)
	}
}

func TestReadInputs(t *testing.T) {
	env := map[string]string{}
	getenv := func(k string) string { return env[k] }
	in, err := readInputs(getenv)
	if err != nil || in.mode != "review" || in.failOn != "new" || in.workDir != "." {
		t.Errorf("defaults: %+v, %v", in, err)
	}
	env["INPUT_ARGS"] = " -httptimeout.tests  -nplusone=false "
	if in, _ := readInputs(getenv); strings.Join(in.args, "|") != "-httptimeout.tests|-nplusone=false" {
		t.Errorf("args split as %q", in.args)
	}
	env["INPUT_MODE"] = "comments"
	if _, err := readInputs(getenv); err == nil || err.Error() != `mode "comments" is not one of review, annotations, sarif` {
		t.Errorf("bad mode: %v", err)
	}
	env["INPUT_MODE"], env["INPUT_FAIL_ON"] = "sarif", "always"
	if _, err := readInputs(getenv); err == nil || err.Error() != `fail-on "always" is not one of new, any, never` {
		t.Errorf("bad fail-on: %v", err)
	}
}

// TestScopeFromArgs: a -new-from flag in args is the change; the action
// adds none of its own.
func TestScopeFromArgs(t *testing.T) {
	ev := &event{name: "pull_request"}
	for _, args := range [][]string{{"-new-from-rev=HEAD~1"}, {"--new-from-patch", "x.diff"}, {"-tags", "x", "-new-from-merge-base", "main"}} {
		sc, err := findScope(ev, t.TempDir(), args, io.Discard)
		if err != nil || sc == nil || sc.flags != nil {
			t.Errorf("findScope(%q) = %+v, %v; want the args' change", args, sc, err)
		}
	}
	if sc, err := findScope(&event{name: "workflow_dispatch"}, t.TempDir(), []string{"-new"}, io.Discard); sc != nil || err != nil {
		t.Errorf("workflow_dispatch: %+v, %v; want no change", sc, err)
	}
}
