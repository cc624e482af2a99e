package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindConfig(t *testing.T) {
	ws := t.TempDir()
	write := func(name, data string) {
		file := filepath.Join(ws, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.work", "go 1.26\n\nuse ./a\n")
	write(".prodvet.yml", "severity: note\n")
	write("a/go.mod", "module example.com/a\n")
	write("b/x/y.go", "package x\n")

	// Below the workspace but outside any module: the workspace's file.
	t.Chdir(filepath.Join(ws, "b", "x"))
	if got, err := findConfig(""); err != nil || got != filepath.Join(ws, ".prodvet.yml") {
		t.Errorf("findConfig in a workspace = %q, %v; want the workspace's .prodvet.yml", got, err)
	}
	// In a module: the module's root decides, and it has none.
	t.Chdir(filepath.Join(ws, "a"))
	if got, err := findConfig(""); err != nil || got != "" {
		t.Errorf("findConfig in module a = %q, %v; want none", got, err)
	}
	if got, _ := findConfig("x.yml"); got != "x.yml" {
		t.Errorf("findConfig(-config x.yml) = %q", got)
	}
}

func TestVetFlags(t *testing.T) {
	suite := testSuite()
	off := false
	cfg := &config{
		severity: "error",
		exclude:  []string{"**/*_gen.go"},
		analyzers: []analyzerConfig{
			{a: findAnalyzer(suite, "nplusone"), options: []optionConfig{{name: "funcs", flag: "(*example.com/rpc.Client).Get"}}},
			{a: findAnalyzer(suite, "unstructuredlog"), enabled: &off},
		},
	}
	flags, ignored := cfg.vetFlags(suite)
	want := "-unstructuredlog=false -nplusone.funcs=(*example.com/rpc.Client).Get"
	if strings.Join(flags, " ") != want {
		t.Errorf("vetFlags = %q, want %q (one flag each, unquoted)", flags, want)
	}
	if strings.Join(ignored, ",") != "severity,exclude" {
		t.Errorf("ignored = %q, want severity and exclude", ignored)
	}

	// Turning on an analyzer that is off by default names every analyzer
	// that runs: under go vet, -shutdown alone would run shutdown alone.
	on := true
	cfg.analyzers = append(cfg.analyzers, analyzerConfig{a: findAnalyzer(suite, "shutdown"), enabled: &on})
	flags, _ = cfg.vetFlags(suite)
	want = "-httptimeout -unboundedretry -ignorederr -ctxprop -nplusone -shutdown -unboundedinput -nplusone.funcs=(*example.com/rpc.Client).Get"
	if strings.Join(flags, " ") != want {
		t.Errorf("vetFlags with shutdown enabled = %q, want %q", flags, want)
	}
}
