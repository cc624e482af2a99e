package main

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/ast/astutil"
)

// applyFixes applies the first suggested fix of every finding that has one,
// file by file, and returns the findings it did not fix. A fix whose edits
// overlap an edit already accepted for the same file is skipped (and its
// finding stays), so two analyzers can never garble a line between them.
// A file is written only if it still parses after the edits; it is then
// gofmt-formatted. With diff, nothing is written: the changes are printed
// to w as a unified diff.
func applyFixes(fs []output.Finding, diff bool, w io.Writer) (remaining []output.Finding, err error) {
	perFile := make(map[string][]udiff.Edit)
	var files []string // in order of first fix, which is sorted order
	for _, f := range fs {
		if len(f.Fixes) == 0 || !addFix(perFile, f.Fixes[0]) {
			remaining = append(remaining, f)
			continue
		}
		for _, e := range f.Fixes[0].Edits {
			if !slices.Contains(files, e.Path) {
				files = append(files, e.Path)
			}
		}
	}
	slices.Sort(files)
	for _, file := range files {
		if err := fixFile(file, perFile[file], diff, w); err != nil {
			return nil, err
		}
	}
	return remaining, nil
}

// addFix records fx's edits unless one of them overlaps an edit already
// recorded; identical edits (two findings offering the same change) merge.
func addFix(perFile map[string][]udiff.Edit, fx output.Fix) bool {
	for _, e := range fx.Edits {
		for _, old := range perFile[e.Path] {
			same := old.Start == e.Start && old.End == e.End && old.New == e.NewText
			if !same && e.Start < old.End && old.Start < e.End {
				return false
			}
			if !same && e.Start == e.End && e.Start == old.Start && old.Start == old.End {
				return false // two insertions at one point: order would be a guess
			}
		}
	}
	for _, e := range fx.Edits {
		edits := perFile[e.Path]
		ue := udiff.Edit{Start: e.Start, End: e.End, New: e.NewText}
		if !slices.Contains(edits, ue) {
			perFile[e.Path] = append(edits, ue)
		}
	}
	return true
}

func fixFile(file string, edits []udiff.Edit, diff bool, w io.Writer) error {
	src, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	slices.SortFunc(edits, func(a, b udiff.Edit) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	fixed, err := udiff.ApplyBytes(src, edits)
	if err != nil {
		return fmt.Errorf("%s: %v", relPath(file), err)
	}
	formatted, err := dropImportsMadeUnused(src, fixed)
	if err != nil {
		return fmt.Errorf("%s: fixes would leave the file unparsable (%v); nothing written", relPath(file), err)
	}
	if bytes.Equal(formatted, src) {
		return nil
	}
	if diff {
		name := relPath(file)
		_, err := io.WriteString(w, udiff.Unified("a/"+name, "b/"+name, string(src), string(formatted)))
		return err
	}
	info, err := os.Stat(file)
	if err != nil {
		return err
	}
	return os.WriteFile(file, formatted, info.Mode().Perm())
}

// dropImportsMadeUnused removes from fixed the imports that were used in
// src and are not any more (context, after context.Background() became
// ctx), so that applying fixes leaves code that builds, and formats the
// result. Imports unused before the fixes are left for the compiler to
// report: they are not ours to touch.
func dropImportsMadeUnused(src, fixed []byte) ([]byte, error) {
	fset := token.NewFileSet()
	before, err := parser.ParseFile(fset, "", src, parser.SkipObjectResolution)
	if err != nil {
		return format.Source(fixed) // the original did not parse: leave it be
	}
	after, err := parser.ParseFile(fset, "", fixed, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	usedBefore, usedAfter := qualifiers(before), qualifiers(after)
	type named struct{ name, path string } // an import to delete
	var unused []named
	for _, imp := range after.Imports {
		path, err := strconv.Unquote(imp.Path.Value)
		if err != nil {
			continue
		}
		name := importName(imp, path)
		if name == "_" || name == "." || !usedBefore[name] || usedAfter[name] {
			continue
		}
		if imp.Name == nil {
			name = ""
		}
		unused = append(unused, named{name, path})
	}
	changed := false
	for _, imp := range unused { // deleting while ranging over after.Imports would skip entries
		changed = astutil.DeleteNamedImport(fset, after, imp.name, imp.path) || changed
	}
	if !changed {
		return format.Source(fixed)
	}
	var buf bytes.Buffer
	if err := format.Node(&buf, fset, after); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// qualifiers returns the identifiers used as package qualifiers (x in x.Y).
func qualifiers(f *ast.File) map[string]bool {
	used := make(map[string]bool)
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	return used
}

// importName returns the name an import is referred to by: its explicit
// name, or the last element of its path (the convention for the package
// name; versioned paths such as .../v2 use the element before).
func importName(imp *ast.ImportSpec, path string) string {
	if imp.Name != nil {
		return imp.Name.Name
	}
	elems := strings.Split(path, "/")
	name := elems[len(elems)-1]
	if len(elems) > 1 && len(name) > 1 && name[0] == 'v' && strings.Trim(name[1:], "0123456789") == "" {
		name = elems[len(elems)-2]
	}
	return name
}
