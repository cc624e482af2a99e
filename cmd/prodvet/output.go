package main

import (
	"cmp"
	"go/ast"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
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

// toOutput converts findings to the output package's form, with file names
// as paths prints them, severities from cfg and fingerprints, dropping those
// in files cfg excludes. It returns them with their enclosing functions.
func toOutput(fs []finding, paths *output.Paths, cfg *config, src *output.Source) []output.Finding {
	var out []output.Finding
	var funcs []string
	for _, f := range fs {
		file := paths.Show(f.Pos.Filename)
		if cfg.excluded(file) {
			continue
		}
		of := output.Finding{
			Analyzer: f.Analyzer, Category: f.Category, Severity: cfg.severityOf(f.Analyzer),
			Message: f.Message, URL: f.URL, File: file, Path: paths.Disk(f.Pos.Filename),
			Line: f.Pos.Line, Column: f.Pos.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
		}
		for _, fx := range f.Fixes {
			ofx := output.Fix{Message: fx.Message}
			for _, e := range fx.Edits {
				ofx.Edits = append(ofx.Edits, output.Edit{File: paths.Show(e.File), Path: e.File, Start: e.Start, End: e.End, NewText: e.NewText})
			}
			of.Fixes = append(of.Fixes, ofx)
		}
		for _, rel := range f.Related {
			of.Related = append(of.Related, output.Related{
				File: paths.Show(rel.Pos.Filename), Path: paths.Disk(rel.Pos.Filename),
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

// newPaths returns how the files of a run print (see output.Paths): below
// the root (see rootDir); dependencies as module@version/path; GOROOT as
// $GOROOT.
func newPaths(pkgs []*packages.Package) *output.Paths {
	p := &output.Paths{}
	var gowork, gomod string
	if env := goEnv("GOROOT", "GOMODCACHE", "GOWORK", "GOMOD"); env != nil {
		p.GOROOT, p.ModCache, gowork, gomod = env[0], env[1], env[2], env[3]
	}
	p.Root = rootDir(gowork, gomod, pkgs)
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(pkg *packages.Package) {
		// Modules with no version: other modules of a workspace and
		// modules replaced by a local directory.
		m := pkg.Module
		if m != nil && m.Replace != nil {
			m = m.Replace
		}
		if m != nil && m.Version == "" && m.Dir != "" && m.Dir != p.Root && !seen[m.Dir] {
			seen[m.Dir] = true
			p.Local = append(p.Local, m.Dir)
		}
	})
	slices.Sort(p.Local)
	return p
}

// rootDir decides the directory paths are relative to, and is the only
// place that does: the directory of the go.work workspace when there is one
// (so that the files of all its modules print below it, as go vet prints
// them from there); else the main module's directory (the module of the
// working directory, or else of the first package); without a module
// (GOPATH mode, a list of files) the working directory.
func rootDir(gowork, gomod string, pkgs []*packages.Package) string {
	if gowork != "" && gowork != "off" {
		return filepath.Dir(gowork)
	}
	if gomod != "" && gomod != os.DevNull {
		return filepath.Dir(gomod)
	}
	for _, pkg := range pkgs {
		if pkg.Module != nil && pkg.Module.Dir != "" {
			return pkg.Module.Dir
		}
	}
	wd, _ := os.Getwd()
	return wd
}

// goEnv returns the go command's values of the named variables, in order,
// or nil if it cannot tell.
func goEnv(names ...string) []string {
	out, err := exec.Command("go", append([]string{"env"}, names...)...).Output()
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimRight(string(out), "\r\n"), "\n")
	if len(lines) != len(names) {
		return nil
	}
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return lines
}

// showPos renders pos, file:line:col or file:line as in a package error,
// with the file as paths prints it.
func showPos(paths *output.Paths, pos string) string {
	file, rest := pos, ""
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || !isDigits(file[i+1:]) {
			break
		}
		file, rest = file[:i], file[i:]+rest
	}
	if rest == "" {
		return pos
	}
	return paths.Show(file) + rest
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
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
