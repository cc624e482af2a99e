package main

import (
	"cmp"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
)

// A finding is a diagnostic resolved to file positions, the form every
// output format and -fix work from.
type finding struct {
	Analyzer string
	Category string
	Message  string
	URL      string
	Pos      token.Position
	End      token.Position
	Fixes    []fix
	Related  []related
	Func     string // the enclosing function, as Name or Recv.Name; "" outside functions
}

// A related place explains a finding (analysis.RelatedInformation).
type related struct {
	Pos, End token.Position
	Message  string
}

// A fix is a suggested fix resolved to byte offsets in files.
type fix struct {
	Message string
	Edits   []edit
}

type edit struct {
	File       string
	Start, End int // byte offsets
	NewText    string
}

func newFinding(act *checker.Action, d analysis.Diagnostic) finding {
	fset := act.Package.Fset
	f := finding{
		Analyzer: act.Analyzer.Name,
		Category: d.Category,
		Message:  d.Message,
		URL:      d.URL,
		Pos:      fset.Position(d.Pos),
		End:      fset.Position(d.Pos),
	}
	if d.End.IsValid() {
		f.End = fset.Position(d.End)
	}
	f.Func = enclosingFunc(act.Package.Syntax, d.Pos)
	for _, rel := range d.Related {
		r := related{Pos: fset.Position(rel.Pos), End: fset.Position(rel.Pos), Message: rel.Message}
		if rel.End.IsValid() {
			r.End = fset.Position(rel.End)
		}
		f.Related = append(f.Related, r)
	}
	for _, sf := range d.SuggestedFixes {
		if fx, ok := newFix(act, sf); ok {
			f.Fixes = append(f.Fixes, fx)
		}
	}
	return f
}

// newFix resolves sf to byte offsets in the package's source files. It
// reports false when an edit falls outside them: in a package that uses cgo
// the analyzers see cmd/cgo's rewrite of each file that imports "C", which
// lives in the build cache, and a fix there must never be applied (the
// finding is still reported, by its position as written).
func newFix(act *checker.Action, sf analysis.SuggestedFix) (fix, bool) {
	fset := act.Package.Fset
	fx := fix{Message: sf.Message}
	for _, te := range sf.TextEdits {
		// Edits apply to the file as it is on disk, so use unadjusted
		// positions (ignoring //line directives).
		start := fset.PositionFor(te.Pos, false)
		end := start
		if te.End.IsValid() {
			end = fset.PositionFor(te.End, false)
		}
		if !slices.Contains(act.Package.GoFiles, start.Filename) {
			return fix{}, false
		}
		fx.Edits = append(fx.Edits, edit{File: start.Filename, Start: start.Offset, End: end.Offset, NewText: string(te.NewText)})
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

// toOutput converts findings to the output package's form, with paths
// relative to root, severities from cfg and fingerprints, dropping those in
// files cfg excludes. It returns them with their enclosing functions.
func toOutput(fs []finding, root string, cfg *config, src *output.Source) []output.Finding {
	var out []output.Finding
	var funcs []string
	for _, f := range fs {
		rel := rootRel(root, f.Pos.Filename)
		if cfg.excluded(rel) {
			continue
		}
		of := output.Finding{
			Analyzer: f.Analyzer, Category: f.Category, Severity: cfg.severityOf(f.Analyzer),
			Message: f.Message, URL: f.URL, File: rel, Path: f.Pos.Filename,
			Line: f.Pos.Line, Column: f.Pos.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
		}
		for _, fx := range f.Fixes {
			ofx := output.Fix{Message: fx.Message}
			for _, e := range fx.Edits {
				ofx.Edits = append(ofx.Edits, output.Edit{File: rootRel(root, e.File), Path: e.File, Start: e.Start, End: e.End, NewText: e.NewText})
			}
			of.Fixes = append(of.Fixes, ofx)
		}
		for _, rel := range f.Related {
			of.Related = append(of.Related, output.Related{
				File: rootRel(root, rel.Pos.Filename), Path: rel.Pos.Filename,
				Line: rel.Pos.Line, Column: rel.Pos.Column, EndLine: rel.End.Line, EndColumn: rel.End.Column,
				Message: rel.Message,
			})
		}
		out = append(out, of)
		funcs = append(funcs, f.Func)
	}
	fingerprint(out, funcs, src)
	return out
}

// rootRel returns filename relative to the module root as a slash path, or
// unchanged when it is outside the root.
func rootRel(root, filename string) string {
	if root == "" {
		return filepath.ToSlash(relPath(filename))
	}
	rel, err := filepath.Rel(root, filename)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(filename)
	}
	return filepath.ToSlash(rel)
}

// sortAndDedupe orders findings by position, then analyzer and message, and
// drops repeats (a file belongs to both a package and its test variant).
func sortAndDedupe(fs []finding) []finding {
	slices.SortFunc(fs, compareFindings)
	return slices.CompactFunc(fs, func(a, b finding) bool { return compareFindings(a, b) == 0 })
}

func compareFindings(a, b finding) int {
	return cmp.Or(
		cmp.Compare(a.Pos.Filename, b.Pos.Filename),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		cmp.Compare(a.Analyzer, b.Analyzer),
		cmp.Compare(a.Message, b.Message),
	)
}

// relPath shortens filename to a path relative to the working directory
// when the file is below it, as the go command prints paths.
func relPath(filename string) string {
	wd, err := os.Getwd()
	if err != nil {
		return filename
	}
	rel, err := filepath.Rel(wd, filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filename
	}
	return rel
}
