// Package role tells what a package is for, so that analyzers can stay
// quiet where a hazard cannot reach production: code that exists to support
// tests, and commands whose output is their interface.
package role

import (
	"go/types"
	"path"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// IsTestSupport reports whether pass's package exists to support tests:
// testing itself, a package whose non-test files import testing, or one
// named like httptest, iotest, testutil or e2e (an end-to-end harness). Its
// clients, servers and output serve a test, not production.
func IsTestSupport(pass *analysis.Pass) bool {
	pkg := pass.Pkg
	if pkg.Path() == "testing" {
		return true
	}
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.Position(f.Package).Filename, "_test.go") {
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == "testing" {
				return true
			}
		}
	}
	switch base := path.Base(pkg.Path()); base {
	case "testutil", "testutils", "testhelper", "testhelpers", "testing", "e2e":
		return true
	default:
		return strings.HasSuffix(base, "test") || strings.HasSuffix(pkg.Name(), "test")
	}
}

// IsCommand reports whether pkg belongs to a command although it may not be
// package main: a path with a cmd element, like example.com/x/cmd/tool/ui.
func IsCommand(pkg *types.Package) bool {
	return pkg.Name() == "main" || pkg.Path() == "cmd" || strings.HasPrefix(pkg.Path(), "cmd/") ||
		strings.Contains(pkg.Path(), "/cmd/")
}
