package shutdown

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// Signal numbers, the same on every Unix and in Go's syscall package for
// Windows.
const (
	sigint  = 2
	sigterm = 15
)

// signalSet is what a signal subscription listens for.
type signalSet struct {
	all       bool // no signal listed: every signal
	interrupt bool // os.Interrupt or SIGINT
	term      bool // SIGTERM
	unknown   bool // a signal that is not a constant (a variable, a slice...)
	last      ast.Expr
	unixName  string // the package name of a golang.org/x/sys constant listed, to add SIGTERM from
}

// handlesStop reports whether the subscription can make the program stop
// on a termination request: it listens for SIGINT or SIGTERM (or for
// signals it does not show).
func (s signalSet) handlesStop() bool { return s.all || s.interrupt || s.term || s.unknown }

// interruptOnly reports whether the subscription listens for SIGINT but
// surely not for SIGTERM.
func (s signalSet) interruptOnly() bool { return s.interrupt && !s.term && !s.all && !s.unknown }

// signalsOf returns the signals that a call of signal.Notify or
// signal.NotifyContext listens for.
func (c *checker) signalsOf(call *ast.CallExpr) signalSet {
	var set signalSet
	args := call.Args[1:]
	if len(args) == 0 {
		set.all = true
		return set
	}
	if call.Ellipsis.IsValid() {
		set.unknown = true
		return set
	}
	set.last = args[len(args)-1]
	for _, arg := range args {
		if n, ok := astx.ConstInt(c.info, arg); ok {
			switch n {
			case sigint:
				set.interrupt = true
			case sigterm:
				set.term = true
			}
			if sel, ok := ast.Unparen(arg).(*ast.SelectorExpr); ok {
				if pkg := c.qualifier(sel); pkg != nil && pkg.Imported().Path() != syscallPath {
					set.unixName = pkg.Name()
				}
			}
			continue
		}
		var obj types.Object
		switch e := ast.Unparen(arg).(type) {
		case *ast.Ident:
			obj = c.info.Uses[e]
		case *ast.SelectorExpr:
			obj = c.info.Uses[e.Sel]
		}
		switch {
		case match.IsVar(obj, osPath, "Interrupt"):
			set.interrupt = true
		case match.IsVar(obj, osPath, "Kill"):
			// cannot be caught: no stop either way
		default:
			set.unknown = true
		}
	}
	return set
}

// qualifier returns the imported package that qualifies sel, or nil.
func (c *checker) qualifier(sel *ast.SelectorExpr) *types.PkgName {
	if id, ok := sel.X.(*ast.Ident); ok {
		if pn, ok := c.info.Uses[id].(*types.PkgName); ok {
			return pn
		}
	}
	return nil
}

// checkUnbuffered reports signal.Notify on a channel made without a
// buffer: the signal package does not block sending, so a signal that
// arrives while nobody receives is dropped.
func (c *checker) checkUnbuffered(cur inspector.Cursor, call *ast.CallExpr) {
	mk := c.makeOf(call.Args[0])
	if mk == nil {
		return
	}
	if len(mk.Args) > 2 {
		return
	}
	if len(mk.Args) == 2 {
		if n, ok := astx.ConstInt(c.info, mk.Args[1]); !ok || n != 0 {
			return
		}
	}
	d := analysis.Diagnostic{
		Pos: call.Fun.Pos(), End: call.Fun.End(), Category: catSigterm,
		Message: "signal.Notify on an unbuffered channel (a signal sent while nobody receives is lost); give the channel a buffer of 1",
	}
	if len(mk.Args) == 1 {
		d.SuggestedFixes = []analysis.SuggestedFix{{
			Message:   "Give the channel a buffer of 1",
			TextEdits: []analysis.TextEdit{{Pos: mk.Args[0].End(), End: mk.Args[0].End(), NewText: []byte(", 1")}},
		}}
	}
	c.rep.Report(d)
}

// makeOf returns the make call that e, a channel, comes from: the call
// itself, or the one value of a local variable.
func (c *checker) makeOf(e ast.Expr) *ast.CallExpr {
	for range 3 {
		switch x := ast.Unparen(e).(type) {
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok {
				if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "make" {
					return x
				}
			}
			return nil
		case *ast.Ident:
			v, ok := c.info.Uses[x].(*types.Var)
			if !ok || !match.IsLocal(v) {
				return nil
			}
			val, ok := c.binding(v)
			if !ok {
				return nil
			}
			e = val
		default:
			return nil
		}
	}
	return nil
}

// sigtermFix returns the fix that adds SIGTERM to the signals of call, a
// subscription that lists SIGINT alone, importing syscall if the file does
// not. It returns nil when the name it would use means something else
// where the call is.
func (c *checker) sigtermFix(cur inspector.Cursor, call *ast.CallExpr, set signalSet) []analysis.SuggestedFix {
	if set.last == nil {
		return nil
	}
	var file *ast.File
	for f := range cur.Enclosing((*ast.File)(nil)) {
		file = f.Node().(*ast.File)
	}
	if file == nil {
		return nil
	}
	pos := call.Pos()
	name, path := set.unixName, ""
	if name == "" {
		name, path = "syscall", syscallPath
		if n, ok := c.importName(file, syscallPath); ok {
			name, path = n, ""
		}
	}
	if !c.visibleAs(name, pos, path) {
		return nil
	}
	edits := []analysis.TextEdit{{Pos: set.last.End(), End: set.last.End(), NewText: []byte(", " + name + ".SIGTERM")}}
	if path != "" {
		edit, ok := addImport(file, path)
		if !ok {
			return nil
		}
		edits = append(edits, edit)
	}
	return []analysis.SuggestedFix{{Message: "Add " + name + ".SIGTERM", TextEdits: edits}}
}

// importName returns the name under which file imports path.
func (c *checker) importName(file *ast.File, path string) (string, bool) {
	for _, spec := range file.Imports {
		if p, err := strconv.Unquote(spec.Path.Value); err == nil && p == path {
			if spec.Name != nil {
				if spec.Name.Name == "_" || spec.Name.Name == "." {
					return "", false
				}
				return spec.Name.Name, true
			}
			if pn, ok := c.info.Implicits[spec].(*types.PkgName); ok {
				return pn.Name(), true
			}
		}
	}
	return "", false
}

// visibleAs reports whether name, at pos, is the package the edit means:
// the imported package it already names, or, when path is set (an import
// the fix adds), nothing at all.
func (c *checker) visibleAs(name string, pos token.Pos, path string) bool {
	scope := c.pass.Pkg.Scope().Innermost(pos)
	if scope == nil {
		return false
	}
	_, obj := scope.LookupParent(name, pos)
	if path != "" {
		return obj == nil
	}
	_, ok := obj.(*types.PkgName)
	return ok
}

// addImport returns an edit that adds an import of path to file, after
// its import of os/signal (which a file calling signal.Notify has).
func addImport(file *ast.File, path string) (analysis.TextEdit, bool) {
	for _, d := range file.Decls {
		gen, ok := d.(*ast.GenDecl)
		if !ok || gen.Tok != token.IMPORT {
			continue
		}
		for _, spec := range gen.Specs {
			is := spec.(*ast.ImportSpec)
			if p, err := strconv.Unquote(is.Path.Value); err != nil || p != signalPath {
				continue
			}
			text := strconv.Quote(path)
			if gen.Lparen.IsValid() {
				return analysis.TextEdit{Pos: is.End(), End: is.End(), NewText: []byte("\n\t" + text)}, true
			}
			return analysis.TextEdit{Pos: gen.End(), End: gen.End(), NewText: []byte("\nimport " + text)}, true
		}
	}
	return analysis.TextEdit{}, false
}
