package main

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestRootDir(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	ws := filepath.FromSlash("/src/ws")
	withModule := []*packages.Package{{Module: &packages.Module{Dir: filepath.Join(ws, "a")}}}
	for _, tc := range []struct {
		name, gowork, gomod string
		pkgs                []*packages.Package
		want                string
	}{
		{"workspace", filepath.Join(ws, "go.work"), os.DevNull, withModule, ws},
		{"workspace off", "off", filepath.Join(ws, "a", "go.mod"), nil, filepath.Join(ws, "a")},
		{"module", "", filepath.Join(ws, "a", "go.mod"), nil, filepath.Join(ws, "a")},
		{"first package's module", "", os.DevNull, withModule, filepath.Join(ws, "a")},
		{"no module", "", "", nil, wd},
	} {
		if got := rootDir(tc.gowork, tc.gomod, tc.pkgs); got != tc.want {
			t.Errorf("%s: rootDir(%q, %q) = %q, want %q", tc.name, tc.gowork, tc.gomod, got, tc.want)
		}
	}
}
