package shutdown

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
)

// decideExits reports exits in library packages, and exits in command code
// that skip a deferred cleanup.
func (c *checker) decideExits() {
	for _, e := range c.exits {
		if e.owner.wrapper {
			continue // a Fatal or Exit function: its callers decide
		}
		switch {
		case c.library:
			if (!e.owner.startup || c.cfg.StartupExits) && !c.isTestHelperFile(e.call.Pos()) && !isTestPath(c.pass.Pkg.Path()) {
				c.reportLibraryExit(e)
			}
		case c.command:
			c.checkExitAfterDefer(e)
		}
	}
}

// exitName renders what ends the process at e: the exit API called, or the
// wrapper and its chain.
func exitName(e exitSite) string {
	name := types.ExprString(e.call.Fun)
	if len(e.chain) > 1 {
		return name + " (via " + renderChain(e.chain[1:]) + ")"
	}
	return name
}

// reportLibraryExit reports an exit in a package that is neither main nor
// command code.
func (c *checker) reportLibraryExit(e exitSite) {
	c.rep.Reportf(e.call.Fun, catExitLib,
		"%s ends the process from library package %s (callers cannot clean up or recover); return an error instead",
		exitName(e), c.pass.Pkg.Name())
}

// checkExitAfterDefer reports an exit that a deferred cleanup, registered
// before it on some path in the same function or in a function that
// encloses its literal, will never follow.
func (c *checker) checkExitAfterDefer(e exitSite) {
	if isDeferred(e.cur) {
		return // defer os.Exit(code): it runs after the later defers
	}
	point := e.call.Pos()
	for f := range e.cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		if d, what, lost, ok := c.pendingDefer(f, point, e); ok {
			c.rep.Report(analysis.Diagnostic{
				Pos: e.call.Fun.Pos(), End: e.call.Fun.End(), Category: catExitDefer,
				Message: fmt.Sprintf("%s exits before the deferred %s runs (%s); return an error and exit once the defers have run",
					exitName(e), what, lost),
				Related: []analysis.RelatedInformation{report.Related(d, "deferred here")},
			})
			return
		}
		lit, ok := f.Node().(*ast.FuncLit)
		if !ok {
			return
		}
		if astx.UnparenUp(f).ParentEdgeKind() == edge.CallExpr_Fun && isDeferred(astx.UnparenUp(f).Parent()) {
			return // a deferred literal runs while the defers unwind
		}
		point = lit.Pos()
	}
}

// pendingDefer returns the first deferred cleanup of the function at f
// that is registered on a path to point and not already done explicitly
// before it, with what it calls and what is lost when it does not run.
func (c *checker) pendingDefer(f inspector.Cursor, point token.Pos, e exitSite) (*ast.DeferStmt, string, string, bool) {
	var g *cfg.CFG
	for _, d := range c.defersOf(f) {
		if d.Pos() >= point {
			break
		}
		what, lost, ok := c.cleanup(d.Call, e, 0)
		if !ok {
			continue
		}
		if g == nil {
			switch n := f.Node().(type) {
			case *ast.FuncDecl:
				g = c.cfgs.FuncDecl(n)
			case *ast.FuncLit:
				g = c.cfgs.FuncLit(n)
			}
			if g == nil {
				return nil, "", "", false
			}
		}
		if reaches(g, d.Pos(), point) && !c.doneBefore(f, d, point) {
			return d, what, lost, true
		}
	}
	return nil, "", "", false
}

// defersOf returns the defer statements of the function at f, not those of
// its literals, in source order.
func (c *checker) defersOf(f inspector.Cursor) []*ast.DeferStmt {
	if ds, ok := c.deferCache[f.Node()]; ok {
		return ds
	}
	var ds []*ast.DeferStmt
	var body *ast.BlockStmt
	switch n := f.Node().(type) {
	case *ast.FuncDecl:
		body = n.Body
	case *ast.FuncLit:
		body = n.Body
	}
	if body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.DeferStmt:
				ds = append(ds, n)
			}
			return true
		})
	}
	c.deferCache[f.Node()] = ds
	return ds
}

// cleanup reports whether a deferred call does work that is lost when the
// process exits first, and returns what it calls and what is lost:
// flushing buffered output (Flush, Sync, Close of a value that has a
// Flush method), shutting down (Shutdown, ForceFlush: tracer providers,
// servers), removing files, stopping a profile; directly, in a deferred
// literal, or in a function of this package it calls. Closing files,
// connections and pools, unlocking, cancelling contexts lose nothing the
// operating system does not take care of at exit.
func (c *checker) cleanup(call *ast.CallExpr, e exitSite, depth int) (what, lost string, ok bool) {
	if lit, isLit := ast.Unparen(call.Fun).(*ast.FuncLit); isLit {
		if depth > 0 {
			return "", "", false
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if ok {
				return false
			}
			if inner, isCall := n.(*ast.CallExpr); isCall {
				what, lost, ok = c.cleanup(inner, e, depth+1)
			}
			return !ok
		})
		return what, lost, ok
	}
	fn := match.Callee(c.info, call)
	if fn == nil {
		return "", "", false
	}
	what = types.ExprString(call.Fun) + "()"
	for _, f := range cleanupFuncs {
		if f.matches(fn) {
			return what, f.lost, true
		}
	}
	if recv := fn.Signature().Recv(); recv != nil {
		switch fn.Name() {
		case "Flush":
			return what, "buffered output is lost", true
		case "Sync":
			if match.IsNamedOrPointer(recv.Type(), osPath, "File") {
				return "", "", false // an fsync: the data is written already
			}
			if e.zap && isZapLogger(recv.Type()) {
				return "", "", false // zap's Fatal syncs first
			}
			return what, "buffered output is lost", true
		case "Shutdown", "ForceFlush":
			if isServer(recv.Type()) {
				return "", "", false // exiting cuts a server either way; no-graceful-shutdown is about that
			}
			return what, "pending work is dropped", true
		case "Close":
			if isBufferedWriter(recv.Type()) {
				return what, "buffered output is lost", true
			}
		}
		return "", "", false
	}
	if fn.Name() == "Flush" && fn.Pkg() != nil {
		return what, "buffered output is lost", true // klog.Flush, sentry.Flush
	}
	if s := c.decls[fn]; s != nil && s.decl != nil && s.decl.Body != nil && depth == 0 {
		ast.Inspect(s.decl.Body, func(n ast.Node) bool {
			if ok {
				return false
			}
			if _, isLit := n.(*ast.FuncLit); isLit {
				return false
			}
			if inner, isCall := n.(*ast.CallExpr); isCall {
				var w string
				if w, lost, ok = c.cleanup(inner, e, depth+1); ok {
					what = what + " → " + w
				}
			}
			return !ok
		})
		return what, lost, ok
	}
	return "", "", false
}

// isZapLogger reports whether t is a zap logger.
func isZapLogger(t types.Type) bool {
	return match.IsNamedOrPointer(t, libs.ZapPath, "Logger") || match.IsNamedOrPointer(t, libs.ZapPath, "SugaredLogger")
}

// isBufferedWriter reports whether values of type t are a buffering writer
// whose Close flushes (gzip, zlib, tar, zip): they have a Flush method, and
// a Write method or a name ending in Writer. Clients with a Flush method
// (a Kafka producer's) flush nothing on Close.
func isBufferedWriter(t types.Type) bool {
	if !hasMethod(t, "Flush") {
		return false
	}
	if hasMethod(t, "Write") {
		return true
	}
	named, ok := types.Unalias(match.Deref(t)).(*types.Named)
	return ok && strings.HasSuffix(named.Obj().Name(), "Writer")
}

// hasMethod reports whether values of type t have a method named name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// doneBefore reports whether the function at f calls what d defers, with
// the same text, between d and point: the cleanup was done by hand.
func (c *checker) doneBefore(f inspector.Cursor, d *ast.DeferStmt, point token.Pos) bool {
	want := types.ExprString(d.Call)
	done := false
	ast.Inspect(f.Node(), func(n ast.Node) bool {
		if done || n == nil || n.End() <= d.End() || n.Pos() >= point {
			return false // nothing between the defer and the exit in there
		}
		if call, ok := n.(*ast.CallExpr); ok && call.Pos() >= d.End() && types.ExprString(call) == want {
			done = true
		}
		return !done
	})
	return done
}

// reaches reports whether, in g, the statement at from can be followed by
// the one holding to.
func reaches(g *cfg.CFG, from, to token.Pos) bool {
	fb, fi := locate(g, from)
	tb, ti := locate(g, to)
	if fb == nil || tb == nil {
		return false
	}
	if fb == tb && fi < ti {
		return true
	}
	seen := make(map[*cfg.Block]bool)
	queue := append([]*cfg.Block(nil), fb.Succs...)
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if seen[b] {
			continue
		}
		seen[b] = true
		if b == tb {
			return true
		}
		queue = append(queue, b.Succs...)
	}
	return false
}

// locate returns the block of g and the index of its smallest node that
// holds pos.
func locate(g *cfg.CFG, pos token.Pos) (*cfg.Block, int) {
	var best *cfg.Block
	bestIdx := -1
	var bestSize token.Pos
	for _, b := range g.Blocks {
		for i, n := range b.Nodes {
			if n.Pos() <= pos && pos < n.End() {
				if size := n.End() - n.Pos(); best == nil || size < bestSize {
					best, bestIdx, bestSize = b, i, size
				}
			}
		}
	}
	return best, bestIdx
}

// isTestHelperFile reports whether pos is in a file of test helpers kept
// beside production code: test_helpers.go, testing.go, testutil.go,
// mock_server.go's kin are caught by package rules, these by a file name
// with an element starting with "test".
func (c *checker) isTestHelperFile(pos token.Pos) bool {
	name := filepath.Base(c.pass.Fset.Position(pos).Filename)
	name = strings.TrimSuffix(name, ".go")
	for _, elem := range strings.FieldsFunc(name, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
		if strings.HasPrefix(strings.ToLower(elem), "test") {
			return true
		}
	}
	return false
}

// isServer reports whether values of type t are a server: they have a
// Serve, ListenAndServe or Start method.
func isServer(t types.Type) bool {
	return hasMethod(t, "Serve") || hasMethod(t, "ListenAndServe") || hasMethod(t, "Start")
}

// isTestPath reports whether an element of the import path is test or
// tests: the home of integration-test clients and harnesses.
func isTestPath(path string) bool {
	for _, elem := range strings.Split(path, "/") {
		if elem == "test" || elem == "tests" {
			return true
		}
	}
	return false
}
