package main

import (
	"errors"
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
