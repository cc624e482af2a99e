package prodvet_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

var update = flag.Bool("update", false, "rewrite golden files")

// prodvetBin is the prodvet binary built once for all end-to-end scripts;
// goCache is a build cache made fresh for this run and shared by them.
var prodvetBin, goCache string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "prodvet-e2e")
	if err != nil {
		panic(err)
	}
	prodvetBin = filepath.Join(dir, "prodvet")
	goCache = filepath.Join(dir, "gocache")
	build := exec.Command("go", "build", "-o", prodvetBin, "./cmd/prodvet")
	build.Stdout, build.Stderr = os.Stdout, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building prodvet: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScripts runs the end-to-end scripts in testdata/script against the
// built binary: each is a txtar archive holding a small module and the
// commands to run on it, with their expected output.
//
// Scripts see prodvet on PATH and its absolute path as $PRODVET (for
// go vet -vettool). go vet in Go 1.26.0-1.26.8 caches results without the
// "dependency only" bit, so a package first vetted as a dependency is later
// reported with no findings. The build cache is therefore fresh for every
// test run, and every script uses its own module path; a script that vets
// the same package twice must pass -a.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *update, // go test -run TestScripts -update . rewrites the files cmp compares with
		Setup: func(env *testscript.Env) error {
			env.Setenv("PRODVET", prodvetBin)
			env.Setenv("PATH", filepath.Dir(prodvetBin)+string(os.PathListSeparator)+os.Getenv("PATH"))
			env.Setenv("GOCACHE", goCache)
			env.Setenv("GOFLAGS", "-mod=mod")
			env.Setenv("GOPROXY", "off")
			env.Setenv("GOTOOLCHAIN", "local")
			for _, k := range []string{"HOME", "GOPATH", "GOMODCACHE", "GOROOT"} {
				if v := os.Getenv(k); v != "" {
					env.Setenv(k, v)
				}
			}
			if os.Getenv("GOMODCACHE") == "" {
				out, _ := exec.Command("go", "env", "GOMODCACHE").Output()
				env.Setenv("GOMODCACHE", string(trimNL(out)))
			}
			env.Setenv("GOARCH", runtime.GOARCH)
			return nil
		},
		RequireExplicitExec: true,
	})
}

func trimNL(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

// TestDemo runs prodvet on the bundled demo service, the README's first
// command: its findings must be the golden ones, and go vet -vettool, given
// the demo's configuration by -print-vet-flags, must report exactly the
// same.
func TestDemo(t *testing.T) {
	demo := filepath.Join("testdata", "demo")
	golden := filepath.Join("testdata", "demo-findings.txt")

	cmd := exec.Command(prodvetBin, "./...")
	cmd.Dir = demo
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if code := exitCode(err); code != 1 || stderr.Len() > 0 {
		t.Fatalf("prodvet on the demo: exit %d (want 1), stderr:\n%s", code, stderr.String())
	}
	if *update {
		if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("demo findings differ from %s (run go test -run TestDemo -update . to accept):\n%s", golden, stdout.String())
	}

	// The demo's .prodvet.yml turns on an analyzer that is off by
	// default; go vet gets it as flags, the way docs/ci.md shows.
	printFlags := exec.Command(prodvetBin, "-print-vet-flags")
	printFlags.Dir = demo
	flags, err := printFlags.Output()
	if err != nil {
		t.Fatalf("prodvet -print-vet-flags on the demo: %v", err)
	}
	vetArgs := append(append([]string{"vet", "-vettool=" + prodvetBin}, strings.Fields(string(flags))...), "./...")
	vet := exec.Command("go", vetArgs...)
	vet.Dir = demo
	vet.Env = append(os.Environ(), "GOCACHE="+goCache, "GOFLAGS=-mod=mod", "GOPROXY=off")
	out, _ := vet.CombinedOutput()
	var fromVet, standalone []string
	for _, line := range strings.Split(string(out), "\n") {
		if line != "" && !strings.HasPrefix(line, "#") {
			fromVet = append(fromVet, line)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		// Drop the " (analyzer)" suffix, which go vet does not print. Both
		// print related places as "pos: \tmessage" lines, with no suffix.
		if !strings.Contains(line, ": \t") {
			line = line[:strings.LastIndex(line, " (")]
		}
		standalone = append(standalone, line)
	}
	slices.Sort(fromVet)
	slices.Sort(standalone)
	if !slices.Equal(fromVet, standalone) {
		t.Errorf("go vet -vettool and prodvet disagree on the demo\ngo vet:\n%s\nprodvet:\n%s",
			strings.Join(fromVet, "\n"), strings.Join(standalone, "\n"))
	}
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// TestDemoSARIF checks that prodvet's SARIF for the demo validates against
// the OASIS SARIF 2.1.0 schema (testdata/sarif-schema-2.1.0.json, the
// errata01 schema that GitHub code scanning accepts).
func TestDemoSARIF(t *testing.T) {
	cmd := exec.Command(prodvetBin, "-C", filepath.Join("testdata", "demo"), "-format", "sarif", "./...")
	out, err := cmd.Output()
	if code := exitCode(err); code != 1 {
		t.Fatalf("prodvet -format sarif on the demo: exit %d, want 1 (findings)", code)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	schema, err := c.Compile(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := schema.Validate(doc); err != nil {
		t.Errorf("SARIF output does not validate against the SARIF 2.1.0 schema:\n%v", err)
	}
	if !bytes.Contains(out, []byte(`"ruleId": "httptimeout"`)) || !bytes.Contains(out, []byte(`"primaryLocationLineHash"`)) {
		t.Errorf("SARIF output lacks results with rule ids and line hashes:\n%s", out)
	}
	checkGitHubSARIF(t, out)
}

// checkGitHubSARIF checks the fields GitHub code scanning documents and
// prodvet promises (issue 20): uriBaseId with originalUriBaseIds, a
// SemVer semanticVersion, rule precision and problem.severity, an end on
// every region, and related locations linked from the message text.
func checkGitHubSARIF(t *testing.T, out []byte) {
	t.Helper()
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					SemanticVersion string `json:"semanticVersion"`
					Rules           []struct {
						ID         string            `json:"id"`
						Properties map[string]string `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			OriginalURIBaseIDs map[string]json.RawMessage `json:"originalUriBaseIds"`
			Results            []struct {
				Message   struct{ Text string } `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
						Region struct{ StartLine, StartColumn, EndLine, EndColumn int } `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
				RelatedLocations []struct {
					ID int `json:"id"`
				} `json:"relatedLocations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out, &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("SARIF: %v, %d runs", err, len(log.Runs))
	}
	run := log.Runs[0]
	if v := run.Tool.Driver.SemanticVersion; !regexp.MustCompile(`^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`).MatchString(v) {
		t.Errorf("tool.driver.semanticVersion %q is not SemVer", v)
	}
	for _, r := range run.Tool.Driver.Rules {
		if !slices.Contains([]string{"very-high", "high", "medium", "low"}, r.Properties["precision"]) ||
			!slices.Contains([]string{"error", "warning", "recommendation"}, r.Properties["problem.severity"]) {
			t.Errorf("rule %s: properties %v lack precision or problem.severity", r.ID, r.Properties)
		}
	}
	related := 0
	for _, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		if base := loc.ArtifactLocation.URIBaseID; base == "" || run.OriginalURIBaseIDs[base] == nil {
			t.Errorf("%s: uriBaseId %q not described in originalUriBaseIds", loc.ArtifactLocation.URI, base)
		}
		if loc.Region.EndLine == 0 || loc.Region.EndColumn == 0 {
			t.Errorf("%s:%d: region has no end: %+v", loc.ArtifactLocation.URI, loc.Region.StartLine, loc.Region)
		}
		for _, rel := range res.RelatedLocations {
			related++
			if !strings.Contains(res.Message.Text, fmt.Sprintf("](%d)", rel.ID)) {
				t.Errorf("message %q does not link related location %d", res.Message.Text, rel.ID)
			}
		}
	}
	if related == 0 {
		t.Error("no result has related locations: the link check proves nothing")
	}
}
