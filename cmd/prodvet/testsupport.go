package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// A testSupportPackage is a package the analyzers skip as test support
// (analyzers.TestSupportReason) unless their -NAME.tests flag is set.
type testSupportPackage struct {
	path, reason string
}

// testSupportPackages returns the packages among pkgs, the roots of a run,
// that the suite classifies as test support, sorted by path. It asks the same
// function the analyzers' Reporter asks, so the list is what they skipped.
// Test variants are left out: the rule ignores _test.go files, so a
// package and its test variant get the same answer.
func testSupportPackages(pkgs []*packages.Package) []testSupportPackage {
	var list []testSupportPackage
	for _, p := range pkgs {
		if p.ID != p.PkgPath || p.Types == nil || len(p.Syntax) == 0 {
			continue
		}
		if reason := analyzers.TestSupportReason(p.Fset, p.Syntax, p.Types); reason != "" {
			list = append(list, testSupportPackage{p.PkgPath, reason})
		}
	}
	slices.SortFunc(list, func(a, b testSupportPackage) int { return cmp.Compare(a.path, b.path) })
	return slices.CompactFunc(list, func(a, b testSupportPackage) bool { return a.path == b.path })
}

// writeTestSupport names, for -summary, each package that analyzers
// skipped as test support and the rule that matched, so that no package
// goes unanalyzed silently. Analyzers whose -NAME.tests flag is set did not
// skip them; when only some did, they are named.
func writeTestSupport(w io.Writer, list []testSupportPackage, selected []*analysis.Analyzer) {
	var skipping []string
	for _, a := range selected {
		if f := a.Flags.Lookup("tests"); f == nil || f.Value.String() != "true" {
			skipping = append(skipping, a.Name)
		}
	}
	if len(skipping) == 0 {
		return
	}
	if len(list) == 0 {
		return
	}
	by := ""
	if len(skipping) < len(selected) {
		by = " by " + strings.Join(skipping, ", ")
	}
	for _, p := range list {
		fmt.Fprintf(w, "prodvet: skipped %s as test support%s (%s)\n", p.path, by, p.reason)
	}
	fmt.Fprintln(w, "prodvet: -NAME.tests analyzes test-support packages")
}
