package unboundedinput

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strconv"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// check reports the reads and allocations that have no limit, in source
// order of the calls (the Reporter sorts anyway).
func (c *checker) check() {
	for _, cur := range c.calls {
		call := cur.Node().(*ast.CallExpr)
		if c.rep.Skips(call.Pos()) {
			continue
		}
		c.checkCall(call)
	}
	for _, cur := range c.makes {
		if c.rep.Skips(cur.Node().Pos()) {
			continue
		}
		c.checkMake(cur)
	}
	c.deferHandlers()
	c.registeredHandlers()
	c.flushBodyReads()
}

// deferHandlers takes out of the package's findings the reads in
// handlers that this package does not register (package-level functions
// shaped like handlers that it never uses as a value), and exports them as
// facts: whether their bodies are limited is decided where they are
// registered, where routers and their middlewares are.
func (c *checker) deferHandlers() {
	facts := make(map[*types.Func]*readsBody)
	var order []*types.Func
	kept := c.bodyReads[:0]
	for _, d := range c.bodyReads {
		fn := c.topHandler(d.Pos)
		if fn == nil {
			kept = append(kept, d)
			continue
		}
		f := facts[fn]
		if f == nil {
			p := c.pass.Fset.Position(d.Pos)
			f = &readsBody{At: filepath.Base(p.Filename) + ":" + strconv.Itoa(p.Line)}
			facts[fn] = f
			order = append(order, fn)
		}
		f.Reads++
	}
	c.bodyReads = kept
	for _, fn := range order {
		c.pass.ExportObjectFact(fn, facts[fn])
	}
}

// topHandler returns the exported package-level function shaped like a
// handler that holds pos, if this package never uses it as a value: then
// another package registers it. (An unexported one can only be registered
// here.)
func (c *checker) topHandler(pos token.Pos) *types.Func {
	for _, decl := range c.decls {
		if decl.Pos() <= pos && pos < decl.End() {
			fn := c.info.Defs[decl.Name].(*types.Func)
			if decl.Recv == nil && fn.Exported() && isHandlerSig(fn.Signature()) && !c.valueRefs[fn] {
				return fn
			}
			return nil
		}
	}
	return nil
}

// registeredHandlers reports the uses as values of other packages'
// handlers that read bodies with no limit, unless this package limits every
// body.
func (c *checker) registeredHandlers() {
	if c.limitedBy != "" {
		return
	}
	for _, h := range c.handlers {
		var f readsBody
		if c.rep.Skips(h.id.Pos()) || !c.pass.ImportObjectFact(h.fn, &f) {
			continue
		}
		c.bodyReads = append(c.bodyReads, analysis.Diagnostic{
			Pos: h.id.Pos(), End: h.id.End(), Category: catRequestBody,
			Message: fmt.Sprintf("handler %s.%s reads the request body with no size limit (%s; one huge request exhausts memory); limit it with http.MaxBytesReader",
				h.fn.Pkg().Name(), h.fn.Name(), f.At),
			Related: []analysis.RelatedInformation{{Pos: report.DeclaredAt(c.pass, h.fn), Message: "the handler is declared here"}},
		})
	}
}

// maxBodySites is how many unlimited reads of request bodies a package may
// have before they are reported once, as a decision of the package.
const maxBodySites = 3

// flushBodyReads reports the request-body findings: each on its own, or,
// when a package has more than maxBodySites of them, once at the first,
// with the others as related places. Then the package reads bodies with no
// limit by design (house style), and one middleware is the fix.
func (c *checker) flushBodyReads() {
	reads := c.bodyReads
	if c.eachRead || len(reads) <= maxBodySites {
		for _, d := range reads {
			c.rep.Report(d)
		}
		return
	}
	slices.SortFunc(reads, func(a, b analysis.Diagnostic) int { return cmp.Compare(a.Pos, b.Pos) })
	d := reads[0]
	d.Message = fmt.Sprintf("package %s reads request bodies with no size limit in %d places (house style, reported once); limit them all in a middleware with http.MaxBytesReader",
		c.pass.Pkg.Name(), len(reads))
	d.Related = nil
	for _, r := range reads[1:] {
		d.Related = append(d.Related, report.Related(report.Span(r.Pos, r.End), "and here"))
	}
	c.rep.Report(d)
}

func (c *checker) addBodyRead(rng analysis.Range, format string, args ...any) {
	c.bodyReads = append(c.bodyReads, analysis.Diagnostic{
		Pos: rng.Pos(), End: rng.End(), Category: catRequestBody, Message: fmt.Sprintf(format, args...),
	})
}

func (c *checker) checkCall(call *ast.CallExpr) {
	row := c.tab.lookup(match.Callee(c.info, call))
	if row == nil {
		return
	}
	switch row.role {
	case rReadAll, rDecoder, rReadFrom, rCopy:
		src := argOf(call, row.arg)
		s := c.stream(src, call.Pos(), 0)
		if row.role == rCopy && c.isDiscard(argOf(call, row.dst)) {
			return // reading to io.Discard holds nothing
		}
		verb := "reads"
		switch row.role {
		case rCopy:
			verb = "copies"
		case rDecoder:
			verb = "decodes"
		}
		switch {
		case s.decomp != nil && !s.bounded:
			c.reportDecompression(call, s, verb)
		case (s.origin == oRequest || s.origin == oUpload) && !s.bounded:
			if row.role == rCopy && !c.isMemory(argOf(call, row.dst)) {
				return // streaming a body on (to a file, a proxy) is how large uploads are handled
			}
			c.reportBody(call, s, verb)
		}
	case rLineRead:
		s := c.stream(argOf(call, -1), call.Pos(), 0)
		if !s.dangerous() || !s.origin.fromClient() || s.origin == oFile {
			return
		}
		c.rep.Reportf(call.Fun, catLineRead, "%s reads a line of any length from %s (an endless line exhausts memory); use a bufio.Scanner, whose lines are limited",
			types.ExprString(call.Fun), s.origin.describe())
	case rCtxBody:
		ctx := argOf(call, -1)
		key, ok := c.frameworkKey(ctx)
		if !ok || c.bodyBounded(key, call.Pos()) {
			return
		}
		body := types.ExprString(ctx) + ".Request.Body"
		if match.IsNamed(c.info.TypeOf(ctx), libs.EchoPath, "Context") {
			body = types.ExprString(ctx) + ".Request().Body"
		}
		c.addBodyRead(call.Fun, "%s reads the request body with no size limit (one huge request exhausts memory); wrap %s in http.MaxBytesReader",
			types.ExprString(call.Fun), body)
	case rDecodeAll:
		if c.zstdMaxMemory() {
			return
		}
		if o, src := c.bytesOrigin(argOf(call, 0), call.Pos(), 0); o.outside() {
			d := analysis.Diagnostic{
				Pos: call.Fun.Pos(), End: call.Fun.End(), Category: catDecompression,
				Message: types.ExprString(call.Fun) + " decompresses data from " + o.describe() +
					" with no limit (a small bomb expands to gigabytes); create the decoder with zstd.WithDecoderMaxMemory",
			}
			if src != nil {
				d.Related = []analysis.RelatedInformation{report.Related(src, "the compressed data is read here")}
			}
			c.rep.Report(d)
		}
	}
}

func (c *checker) reportBody(call *ast.CallExpr, s stream, verb string) {
	if s.origin == oUpload {
		c.addBodyRead(call.Fun, "%s %s an uploaded file with no size limit (one huge upload exhausts memory); read it through io.LimitReader",
			types.ExprString(call.Fun), verb)
		return
	}
	body := "the body"
	if s.body != nil {
		body = types.ExprString(s.body)
	}
	c.addBodyRead(call.Fun, "%s %s the request body with no size limit (one huge request exhausts memory); wrap %s in http.MaxBytesReader",
		types.ExprString(call.Fun), verb, body)
}

func (c *checker) reportDecompression(call *ast.CallExpr, s stream, verb string) {
	advice := "wrap the reader in io.LimitReader"
	if verb == "copies" {
		advice = "use io.CopyN or io.LimitReader"
	}
	c.rep.Report(analysis.Diagnostic{
		Pos: call.Fun.Pos(), End: call.Fun.End(), Category: catDecompression,
		Message: types.ExprString(call.Fun) + " " + verb + " data decompressed from " + s.origin.describe() +
			" with no limit (a small bomb expands to gigabytes); " + advice,
		Related: []analysis.RelatedInformation{report.Related(s.decomp, types.ExprString(s.decomp.Fun)+" decompresses here")},
	})
}

// isDiscard reports whether e is io.Discard (or ioutil.Discard).
func (c *checker) isDiscard(e ast.Expr) bool {
	p := astx.PathOf(c.info, e)
	return len(p) == 1 && (match.IsVar(p.Root(), "io", "Discard") || match.IsVar(p.Root(), "io/ioutil", "Discard"))
}

// isMemory reports whether the writer e holds what is written in memory: a
// bytes.Buffer or a strings.Builder.
func (c *checker) isMemory(e ast.Expr) bool {
	t := c.info.TypeOf(e)
	return match.IsNamedOrPointer(t, "bytes", "Buffer") || match.IsNamedOrPointer(t, "strings", "Builder")
}

// zstdMaxMemory reports whether the package configures a zstd decoder
// with WithDecoderMaxMemory, which bounds what DecodeAll allocates.
func (c *checker) zstdMaxMemory() bool {
	for _, cur := range c.calls {
		if match.IsFunc(match.Callee(c.info, cur.Node().(*ast.CallExpr)), zstdPath, "WithDecoderMaxMemory") {
			return true
		}
	}
	return false
}

// checkMake reports a slice made with a length or capacity that a client
// or a peer chose, with no upper bound checked before.
func (c *checker) checkMake(cur inspector.Cursor) {
	call := cur.Node().(*ast.CallExpr)
	if len(call.Args) < 2 {
		return
	}
	t := c.info.TypeOf(call.Args[0])
	if t == nil {
		return
	}
	if _, ok := t.Underlying().(*types.Slice); !ok {
		return
	}
	for _, arg := range call.Args[1:] {
		var sz size
		if !c.sizeInput(arg, call.Pos(), 0, &sz) || c.checked(cur, sz.vars) {
			continue
		}
		from, what := "the request", "request"
		if sz.origin == oNetwork {
			from, what = "the network", "message"
		}
		d := analysis.Diagnostic{
			Pos: arg.Pos(), End: arg.End(), Category: catInputSize,
			Message: "make takes its size " + types.ExprString(arg) + " from " + from +
				" with no upper bound (one " + what + " can exhaust memory); check it against a maximum first",
		}
		if sz.src != nil && sz.src.Pos() != arg.Pos() {
			d.Related = []analysis.RelatedInformation{report.Related(sz.src, "the size comes from here")}
		}
		c.rep.Report(d)
		return
	}
}

// checked reports whether, before the make at cur and inside the same
// top-level function, a condition compares one of vars with something
// other than a small constant: an upper bound (if n > max), or a check
// against what is available (if n > len(buf)). Comparisons with 0 or 1
// check only that the size is positive.
func (c *checker) checked(cur inspector.Cursor, vars []types.Object) bool {
	if len(vars) == 0 {
		return false
	}
	var outer ast.Node
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		outer = f.Node()
	}
	if outer == nil {
		return false
	}
	at := cur.Node().Pos()
	mentions := func(e ast.Expr) bool {
		return slices.ContainsFunc(c.objectsIn(e), func(o types.Object) bool { return slices.Contains(vars, o) })
	}
	small := func(e ast.Expr) bool {
		v, ok := astx.ConstInt(c.info, e)
		return ok && v <= 1
	}
	for _, cmp := range c.compares {
		if cmp.pos < outer.Pos() || cmp.pos >= at {
			continue
		}
		if (mentions(cmp.x) && !small(cmp.y)) || (mentions(cmp.y) && !small(cmp.x)) {
			return true
		}
	}
	return false
}
