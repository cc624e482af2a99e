package main

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"

	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// collectFindings is the findings stage: every diagnostic of the root
// actions as an output.Finding, the one type every later stage works on,
// with file names as paths prints them, fixes attached, sorted and without
// repeats.
func collectFindings(graph *checker.Graph, paths *output.Paths) []output.Finding {
	var fs []output.Finding
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			fs = append(fs, newFinding(act, d, paths))
		}
	}
	return sortAndDedupe(fs)
}

// newFinding resolves d, reported by act, to file positions.
func newFinding(act *checker.Action, d analysis.Diagnostic, paths *output.Paths) output.Finding {
	fset := act.Package.Fset
	pos, end := span(fset, d.Pos, d.End)
	f := output.Finding{
		Analyzer: act.Analyzer.Name,
		Category: d.Category,
		Severity: "warning",
		Message:  d.Message,
		URL:      d.URL,
		File:     paths.Show(pos.Filename),
		Path:     paths.Disk(pos.Filename),
		Line:     pos.Line, Column: pos.Column, EndLine: end.Line, EndColumn: end.Column,
		Func: enclosingFunc(act.Package.Syntax, d.Pos),
	}
	for _, rel := range d.Related {
		pos, end := span(fset, rel.Pos, rel.End)
		f.Related = append(f.Related, output.Related{
			File: paths.Show(pos.Filename), Path: paths.Disk(pos.Filename),
			Line: pos.Line, Column: pos.Column, EndLine: end.Line, EndColumn: end.Column,
			Message: rel.Message,
		})
	}
	for _, sf := range d.SuggestedFixes {
		if fx, ok := newFix(act, sf, paths); ok {
			f.Fixes = append(f.Fixes, fx)
		}
	}
	return f
}

// span resolves a range; an invalid end means the range is the position.
func span(fset *token.FileSet, pos, end token.Pos) (token.Position, token.Position) {
	p := fset.Position(pos)
	if !end.IsValid() {
		return p, p
	}
	return p, fset.Position(end)
}

// newFix resolves sf to byte offsets in the package's source files. It
// reports false when an edit falls outside them: in a package that uses cgo
// the analyzers see cmd/cgo's rewrite of each file that imports "C", which
// lives in the build cache, and a fix there must never be applied (the
// finding is still reported, by its position as written).
func newFix(act *checker.Action, sf analysis.SuggestedFix, paths *output.Paths) (output.Fix, bool) {
	fset := act.Package.Fset
	fx := output.Fix{Message: sf.Message}
	for _, te := range sf.TextEdits {
		// Edits apply to the file as it is on disk, so use unadjusted
		// positions (ignoring //line directives).
		start := fset.PositionFor(te.Pos, false)
		end := start
		if te.End.IsValid() {
			end = fset.PositionFor(te.End, false)
		}
		if !slices.Contains(act.Package.GoFiles, start.Filename) {
			return output.Fix{}, false
		}
		fx.Edits = append(fx.Edits, output.Edit{
			File: paths.Show(start.Filename), Path: start.Filename,
			Start: start.Offset, End: end.Offset, NewText: string(te.NewText),
		})
	}
	return fx, true
}

// enclosingFunc names the function declaration containing pos.
func enclosingFunc(files []*ast.File, pos token.Pos) string {
	for _, file := range files {
		if pos < file.FileStart || pos > file.FileEnd {
			continue
		}
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fd.Recv != nil && len(fd.Recv.List) > 0 {
				return recvTypeName(fd.Recv.List[0].Type) + "." + fd.Name.Name
			}
			return fd.Name.Name
		}
	}
	return ""
}

// recvTypeName returns the name of a receiver's base type.
func recvTypeName(e ast.Expr) string {
	for {
		switch t := e.(type) {
		case *ast.StarExpr:
			e = t.X
		case *ast.IndexExpr:
			e = t.X
		case *ast.IndexListExpr:
			e = t.X
		case *ast.ParenExpr:
			e = t.X
		case *ast.Ident:
			return t.Name
		default:
			return ""
		}
	}
}

// sortAndDedupe orders findings by position, then analyzer and message, and
// drops repeats (a file belongs to both a package and its test variant).
func sortAndDedupe(fs []output.Finding) []output.Finding {
	slices.SortFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b output.Finding) bool { return compareFindings(a, b) == 0 })
}

func compareFindings(a, b output.Finding) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
	)
}
