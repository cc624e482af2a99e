package main

import (
	"errors"
	"runtime/debug"
	"testing"
)

func TestLoadError(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{
			"err: exit status 1: stderr: go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n",
			"cannot load packages: go.mod file not found in current directory or any parent directory; see 'go help modules'",
		},
		{
			"err: exit status 1: stderr: go: -mod may only be set to readonly or vendor when in workspace mode\n\tRemove the -mod flag\n",
			"cannot load packages: -mod may only be set to readonly or vendor when in workspace mode",
		},
		{"go: no such file", "cannot load packages: no such file"},
	} {
		if got := loadError(errors.New(tc.in)).Error(); got != tc.want {
			t.Errorf("loadError(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSemverOf(t *testing.T) {
	for _, tc := range []struct {
		main     string
		settings []debug.BuildSetting
		want     string
	}{
		{"v0.1.0", nil, "0.1.0"},
		{"v0.0.0-20261201041656-0b18536aaaaa", nil, "0.0.0-20261201041656-0b18536aaaaa"},
		{"(devel)", []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0b18536aaaaabbbbbccccc"},
			{Key: "vcs.time", Value: "2026-12-01T04:16:56Z"},
			{Key: "vcs.modified", Value: "true"},
		}, "0.0.0-20261201041656-0b18536aaaaa+dirty"},
		{"(devel)", nil, "0.0.0-devel"},
	} {
		info := &debug.BuildInfo{Main: debug.Module{Version: tc.main}, Settings: tc.settings}
		if got := semverOf(info); got != tc.want {
			t.Errorf("semverOf(%q, %v) = %q, want %q", tc.main, tc.settings, got, tc.want)
		}
	}
}

func TestUsesFormat(t *testing.T) {
	if !usesFormat(&options{format: "github"}, "github") {
		t.Error("-format github: usesFormat = false")
	}
	if !usesFormat(&options{format: "text", outs: outputFiles{{"github", "x"}}}, "github") {
		t.Error("-out github=x: usesFormat = false")
	}
	if usesFormat(&options{format: "text"}, "github") {
		t.Error("-format text: usesFormat = true")
	}
}
