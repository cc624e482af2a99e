// Package role tells what a package is for, so that analyzers can stay
// quiet where a hazard cannot reach production: code that exists to support
// tests, and commands whose output is their interface.
//
// Both questions are answered from the package alone (its path, name,
// imports and declarations), never from who imports it: an analysis pass
// cannot see a package's importers, and prodvet must give the same answer
// standalone and under go vet, which analyzes one package at a time.
package role

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/analysis"
)

// IsTestSupport reports whether pass's package exists to support tests
// (see TestSupportReason).
func IsTestSupport(pass *analysis.Pass) bool {
	return TestSupportReason(pass.Fset, pass.Files, pass.Pkg) != ""
}

// helperNames are the conventional names of packages and directories that
// hold test helpers.
var helperNames = map[string]bool{
	"testutil": true, "testutils": true, "testhelper": true, "testhelpers": true,
	"testing": true, "e2e": true, "testfixtures": true,
	"mock": true, "mocks": true, "fake": true, "fakes": true, "fuzz": true,
	// Example programs show an API and are not deployed. (A package or
	// directory named example, singular, is often a real package about
	// examples, so it does not count.)
	"examples": true, "_examples": true,
}

// TestSupportReason returns why pkg, type-checked from files, exists to
// support tests, or "" if it does not. The reason names the rule that
// matched, for drivers to show the user. The rules, in order:
//
//   - its name, or an element of its import path, is a conventional name of
//     test helpers: testutil, testutils, testhelper, testhelpers, testing
//     (so the testing package and everything under a testing/ directory,
//     like internal/testing/fakes), e2e (an end-to-end harness),
//     testfixtures, mock(s), fake(s) (test doubles), fuzz (fuzz harnesses)
//     or examples (example programs are not deployed);
//   - its name is xtest, after a package x, like net/http/httptest, and the
//     rest of the package agrees: it imports a package named x, its parent
//     directory is x (store/storetest, pgx/v5/pgxtest), or one of its
//     exported functions takes a testing type. A name that merely ends in
//     "test", like latest or contest, is not enough;
//   - more than half of its exported functions take a testing.TB,
//     *testing.T, *testing.B or *testing.F: an API for tests, like an
//     assertion or fixture package.
//
// Only files other than _test.go files count, so a package and its test
// variant get the same answer. Importing testing does not make a package
// test support: a package that calls testing.Testing() to switch on debug
// checks, or that has one helper file taking a *testing.T beside its
// production API, is production code.
func TestSupportReason(fset *token.FileSet, files []*ast.File, pkg *types.Package) string {
	testFiles := make(map[*token.File]bool)
	imports := make(map[string]bool) // import paths of the non-test files
	for _, f := range files {
		if isTestFile(fset, f) {
			testFiles[fset.File(f.FileStart)] = true
			continue
		}
		for _, imp := range f.Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil {
				imports[p] = true
			}
		}
	}
	if len(testFiles) == len(files) {
		return "" // only _test.go files: nothing to classify
	}
	name := pkg.Name()
	if helperNames[name] {
		return fmt.Sprintf("package name %s", name)
	}
	for _, elem := range strings.Split(pkg.Path(), "/") {
		if helperNames[elem] {
			return fmt.Sprintf("import path element %s", elem)
		}
	}

	// Exported functions declared outside _test.go files, and those of
	// them that take a testing type, sorted by name.
	var exported, forTests []*types.Func
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		fn, ok := scope.Lookup(n).(*types.Func)
		if !ok || !fn.Exported() || testFiles[fset.File(fn.Pos())] {
			continue
		}
		exported = append(exported, fn)
		if takesTestingType(fn) {
			forTests = append(forTests, fn)
		}
	}

	if x, ok := strings.CutSuffix(name, "test"); ok && x != "" && !strings.HasSuffix(x, "_") {
		for _, imp := range pkg.Imports() {
			if imports[imp.Path()] && imp.Name() == x {
				return fmt.Sprintf("package name %s, a test kit for the package %s it imports", name, imp.Path())
			}
		}
		if parent := parentDir(pkg.Path()); parent == x {
			return fmt.Sprintf("package name %s, a test kit for its parent directory %s", name, parent)
		}
		if len(forTests) > 0 {
			return fmt.Sprintf("package name %s, and %s takes a testing type", name, forTests[0].Name())
		}
	}
	if len(forTests) > 0 && 2*len(forTests) > len(exported) {
		return fmt.Sprintf("%d of %d exported functions take a testing type", len(forTests), len(exported))
	}
	return ""
}

// isTestFile reports whether f is a _test.go file, by the name its package
// clause is attributed to (which honours //line directives), as the
// Reporter decides it.
func isTestFile(fset *token.FileSet, f *ast.File) bool {
	return strings.HasSuffix(fset.Position(f.Package).Filename, "_test.go")
}

// takesTestingType reports whether one of fn's parameters is a
// testing.TB, *testing.T, *testing.B or *testing.F.
func takesTestingType(fn *types.Func) bool {
	params := fn.Signature().Params()
	for i := range params.Len() {
		t := params.At(i).Type()
		if match.IsNamed(t, "testing", "TB") || match.IsNamedOrPointer(t, "testing", "T") ||
			match.IsNamedOrPointer(t, "testing", "B") || match.IsNamedOrPointer(t, "testing", "F") {
			return true
		}
	}
	return false
}

// majorVersion matches the /vN element of a module path.
var majorVersion = regexp.MustCompile(`^v[0-9]+$`)

// parentDir returns the last element of the directory holding the package
// at path, skipping a major version element: "pgx" for
// github.com/jackc/pgx/v5/pgxtest.
func parentDir(p string) string {
	dir := path.Dir(p)
	if majorVersion.MatchString(path.Base(dir)) {
		dir = path.Dir(dir)
	}
	if dir == "." || dir == "/" {
		return ""
	}
	return path.Base(dir)
}

// Conventional names of command code: as package names, and as elements of
// an import path.
var (
	commandPackageNames = map[string]bool{"main": true, "cmd": true, "cli": true, "commands": true}
	commandPathElements = map[string]bool{"cmd": true, "cli": true}
)

// cliFrameworks lists, by import path, the types through which a package
// declares the commands of a command-line framework.
var cliFrameworks = map[string][]string{
	"github.com/spf13/cobra":           {"Command"},
	"github.com/urfave/cli":            {"App", "Command", "Context"}, // v1
	"github.com/urfave/cli/v2":         {"App", "Command", "Context"},
	"github.com/urfave/cli/v3":         {"Command"},
	"github.com/alecthomas/kong":       {"Kong", "Context"},
	"gopkg.in/alecthomas/kingpin.v2":   {"Application", "CmdClause", "ParseContext"},
	"github.com/alecthomas/kingpin/v2": {"Application", "CmdClause", "ParseContext"},
}

// IsCommand reports whether pkg belongs to a command although it may not be
// package main, so that what it prints is the command's interface:
//
//   - an element of its import path is cmd or cli: example.com/x/cmd/tool/ui,
//     example.com/x/cmd (a cobra command tree), example.com/x/internal/cli;
//   - its name is cmd, cli or commands;
//   - it imports a command-line framework (cobra, urfave/cli v1 to v3, kong,
//     kingpin) and declares commands with it: a package-level variable, a
//     function or method signature or a struct field whose type involves
//     the framework's command types (*cobra.Command, *cli.App, *cli.Command,
//     *cli.Context, *kong.Kong, *kong.Context, *kingpin.Application,
//     *kingpin.CmdClause, *kingpin.ParseContext).
//
// A package that only main packages import is command code too, but a pass
// cannot see importers: such a package is recognised only by the rules
// above.
func IsCommand(pkg *types.Package) bool {
	if commandPackageNames[pkg.Name()] {
		return true
	}
	for _, elem := range strings.Split(pkg.Path(), "/") {
		if commandPathElements[elem] {
			return true
		}
	}
	return declaresCommands(pkg)
}

// declaresCommands reports whether pkg imports a command-line framework and
// declares, at package level, something whose type involves one of the
// framework's command types.
func declaresCommands(pkg *types.Package) bool {
	imported := false
	for _, imp := range pkg.Imports() {
		if _, ok := cliFrameworks[imp.Path()]; ok {
			imported = true
			break
		}
	}
	if !imported {
		return false
	}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		switch obj := scope.Lookup(n).(type) {
		case *types.Var, *types.Func:
			if involvesCommand(obj.Type()) {
				return true
			}
		case *types.TypeName:
			if obj.IsAlias() {
				if involvesCommand(obj.Type()) {
					return true
				}
				continue
			}
			if involvesCommand(obj.Type().Underlying()) {
				return true
			}
			if named, ok := obj.Type().(*types.Named); ok {
				for m := range named.Methods() {
					if involvesCommand(m.Type()) {
						return true
					}
				}
			}
		}
	}
	return false
}

// involvesCommand reports whether t is, or is built from (pointers, slices,
// arrays, maps, channels, function signatures, struct fields, type
// arguments), a command type of a command-line framework. It does not look
// inside other defined types, so it terminates.
func involvesCommand(t types.Type) bool {
	switch t := types.Unalias(t).(type) {
	case *types.Named:
		obj := t.Origin().Obj()
		if obj.Pkg() != nil {
			for _, name := range cliFrameworks[obj.Pkg().Path()] {
				if obj.Name() == name {
					return true
				}
			}
		}
		for arg := range t.TypeArgs().Types() {
			if involvesCommand(arg) {
				return true
			}
		}
	case *types.Pointer:
		return involvesCommand(t.Elem())
	case *types.Slice:
		return involvesCommand(t.Elem())
	case *types.Array:
		return involvesCommand(t.Elem())
	case *types.Chan:
		return involvesCommand(t.Elem())
	case *types.Map:
		return involvesCommand(t.Key()) || involvesCommand(t.Elem())
	case *types.Signature:
		return involvesCommand(t.Params()) || involvesCommand(t.Results())
	case *types.Tuple:
		for v := range t.Variables() {
			if involvesCommand(v.Type()) {
				return true
			}
		}
	case *types.Struct:
		for f := range t.Fields() {
			if involvesCommand(f.Type()) {
				return true
			}
		}
	}
	return false
}
