package unboundedinput

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// memoKey names what a variable holds at a position, for the caches of a
// pass: values are followed through variables once per use.
type memoKey struct {
	v  *types.Var
	at token.Pos
}

// maxDepth bounds how far a value is followed back through variables,
// fields and wrappers.
const maxDepth = 20

// origin is where the bytes of a stream come from.
type origin uint8

const (
	oNone     origin = iota // the program's own data, or unknown
	oRequest                // the body of a request the server received
	oUpload                 // an uploaded file, or a part of a multipart body
	oNetwork                // a network connection
	oResponse               // the body of a response the program received
	oFile                   // a file the client names
	oDialed                 // a connection the program dialed, to a server it chose
)

// outside reports whether a client or a peer chose the bytes.
func (o origin) outside() bool { return o != oNone }

// fromClient reports whether a client or a peer that connected to the
// program chose the bytes, not a server the program chose to talk to (a
// response, a connection it dialed).
func (o origin) fromClient() bool { return o.outside() && o != oResponse && o != oDialed }

// describe names the origin in a message.
func (o origin) describe() string {
	switch o {
	case oRequest:
		return "the request body"
	case oUpload:
		return "an uploaded file"
	case oNetwork:
		return "a network connection"
	case oResponse:
		return "a response body"
	case oFile:
		return "a file the client names"
	case oDialed:
		return "a connection the program dialed"
	}
	return "its input"
}

// stream is what is known of a reader: where its bytes come from, whether
// a limit caps how many can be read, and whether they are decompressed.
type stream struct {
	origin  origin
	bounded bool
	decomp  *ast.CallExpr // the decompressor, if the bytes are decompressed
	body    ast.Expr      // for oRequest: the request's Body, as written
	archive bool          // an archive (zip.Reader), whose entries are decompressed when opened
}

// dangerous reports whether reading s to its end may read without limit
// bytes that someone outside chose.
func (s stream) dangerous() bool { return s.origin.outside() && !s.bounded }

// stream returns what is known of the reader e at position at.
func (c *checker) stream(e ast.Expr, at token.Pos, depth int) stream {
	if depth > maxDepth || e == nil {
		return stream{}
	}
	e = ast.Unparen(e)
	if isConn(c.info.TypeOf(e)) {
		if c.dialed(e, depth+1) {
			return stream{origin: oDialed}
		}
		return stream{origin: oNetwork}
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v := c.localVar(e); v != nil {
			k := memoKey{v, at}
			if s, ok := c.streams[k]; ok {
				return s // known, or being computed (a cycle: nothing known)
			}
			c.streams[k] = stream{}
			s := c.combineStreams(c.defs[v], at, depth)
			c.streams[k] = s
			return s
		}
	case *ast.SelectorExpr:
		f := c.fieldVar(e)
		switch {
		case f == nil:
		case f == c.f.reqBody:
			if key, ok := c.incomingReq(e.X, depth+1); ok {
				return stream{origin: oRequest, body: e, bounded: c.bodyBounded(key, at)}
			}
			return stream{}
		case f == c.f.respBody:
			return stream{origin: oResponse}
		case f == c.f.zipFile:
			return c.stream(e.X, at, depth+1)
		default:
			if defs := c.fieldDefs[f]; len(defs) > 0 {
				return c.combineStreams(defs, token.NoPos, depth)
			}
		}
	case *ast.IndexExpr:
		if s := c.stream(e.X, at, depth+1); s.archive {
			return s
		}
	case *ast.TypeAssertExpr:
		return c.stream(e.X, at, depth+1)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.stream(e.X, at, depth+1)
		}
	case *ast.StarExpr:
		return c.stream(e.X, at, depth+1)
	case *ast.CallExpr:
		return c.callStream(e, -1, depth)
	}
	return stream{}
}

// dialed reports whether the connection e was dialed by the program, on
// every definition of the variable or field that holds it: the server at
// the other end is one it chose, like the server of a response. A
// connection that was accepted, or passed in as a parameter, was not.
func (c *checker) dialed(e ast.Expr, depth int) bool {
	if depth > maxDepth {
		return false
	}
	var defs []def
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		row := c.tab.lookup(match.Callee(c.info, e))
		return row != nil && row.role == rDial
	case *ast.Ident:
		if v := c.localVar(e); v != nil {
			defs = c.defs[v]
		}
	case *ast.SelectorExpr:
		if f := c.fieldVar(e); f != nil {
			defs = c.fieldDefs[f]
		}
	case *ast.TypeAssertExpr:
		return c.dialed(e.X, depth+1)
	}
	if len(defs) == 0 {
		return false
	}
	for _, d := range defs {
		if d.elem || d.index > 0 || !c.dialed(d.rhs, depth+1) {
			return false
		}
	}
	return true
}

// combineStreams joins what the definitions of a variable or field made
// before at (all of them, for a field): the value is outside data only if
// every definition is, and bounded if one is; it is decompressed if every
// definition decompresses. Staying silent when the definitions disagree
// keeps the rule to what the code shows.
func (c *checker) combineStreams(defs []def, at token.Pos, depth int) stream {
	var out stream
	n := 0
	for _, d := range defs {
		if at.IsValid() && d.pos > at {
			continue
		}
		var s stream
		switch {
		case d.elem:
			s = c.stream(d.rhs, d.pos, depth+1)
			if !s.archive {
				s = stream{}
			}
		case d.index >= 0:
			call, ok := ast.Unparen(d.rhs).(*ast.CallExpr)
			if !ok {
				return stream{}
			}
			s = c.callStream(call, d.index, depth+1)
		default:
			s = c.stream(d.rhs, d.pos, depth+1)
		}
		if !s.origin.outside() {
			return stream{}
		}
		if n == 0 {
			out = s
		} else {
			out.bounded = out.bounded || s.bounded
			if out.decomp == nil || s.decomp == nil {
				out.decomp = nil
			} else {
				out.decomp = s.decomp
			}
			out.origin = s.origin
			if s.body != nil {
				out.body = s.body
			}
		}
		n++
	}
	return out
}

// callStream returns what is known of the reader a call returns (its
// index'th result, or its only one for -1).
func (c *checker) callStream(call *ast.CallExpr, index int, depth int) stream {
	if depth > maxDepth {
		return stream{}
	}
	if tv, ok := c.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return c.stream(call.Args[0], call.Pos(), depth+1) // a conversion: io.Reader(x)
	}
	row := c.tab.lookup(match.Callee(c.info, call))
	if row == nil {
		return stream{}
	}
	first := index <= 0
	arg := argOf(call, row.arg)
	switch row.role {
	case rPass:
		if first {
			return c.stream(arg, call.Pos(), depth+1)
		}
	case rLimit:
		if first {
			s := c.stream(arg, call.Pos(), depth+1)
			s.bounded = true
			return s
		}
	case rDecompress:
		if first {
			if s := c.stream(arg, call.Pos(), depth+1); s.origin.outside() {
				return stream{origin: s.origin, decomp: call}
			}
		}
	case rReset:
		if s := c.stream(argOf(call, 0), call.Pos(), depth+1); s.origin.outside() {
			return stream{origin: s.origin, decomp: call}
		}
	case rInMemory:
		if o, _ := c.bytesOrigin(arg, call.Pos(), depth+1); o.outside() {
			return stream{origin: o, bounded: true}
		}
	case rArchive:
		if first {
			if s := c.stream(arg, call.Pos(), depth+1); s.origin.outside() {
				return stream{origin: s.origin, bounded: true, archive: true}
			}
		}
	case rEntryOpen:
		if first {
			if s := c.stream(arg, call.Pos(), depth+1); s.origin.outside() {
				return stream{origin: s.origin, decomp: call}
			}
		}
	case rPartOf:
		if first {
			s := c.stream(arg, call.Pos(), depth+1)
			if s.origin == oRequest {
				s.origin = oUpload
			}
			s.body = nil
			return s
		}
	case rUpload:
		if first {
			return stream{origin: oUpload, bounded: c.uploadBounded(arg, call.Pos(), depth+1)}
		}
	case rFormFile:
		if first {
			if key, ok := c.incomingReq(arg, depth+1); ok {
				return stream{origin: oUpload, bounded: c.bodyBounded(key, call.Pos())}
			}
		}
	case rMultipartReader:
		if first {
			if key, ok := c.incomingReq(arg, depth+1); ok {
				return stream{origin: oUpload, bounded: c.bodyBounded(key, call.Pos())}
			}
		}
	case rHijack:
		if index == 1 {
			return stream{origin: oNetwork}
		}
	case rOpenFile:
		if first && c.stringInput(argOf(call, 0), call.Pos(), depth+1, nil) {
			return stream{origin: oFile}
		}
	}
	return stream{}
}

// uploadBounded reports whether the upload that fh (a *multipart.FileHeader)
// holds came through a request whose body is bounded: the header came from
// the FormFile of a request, or the MultipartForm of one, or a framework
// context's FormFile.
func (c *checker) uploadBounded(fh ast.Expr, at token.Pos, depth int) bool {
	if c.limitedBy != "" {
		return true
	}
	if depth > maxDepth {
		return false
	}
	switch e := ast.Unparen(fh).(type) {
	case *ast.Ident:
		if v := c.localVar(e); v != nil {
			for _, d := range c.defs[v] {
				if d.pos > at {
					continue
				}
				if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok {
					if c.uploadBounded(call, d.pos, depth+1) {
						return true
					}
				}
				if d.elem {
					if c.uploadBounded(d.rhs, d.pos, depth+1) {
						return true
					}
				}
			}
		}
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if key, ok := c.incomingReq(sel.X, depth+1); ok {
			return c.bodyBounded(key, at)
		}
		if key, ok := c.frameworkKey(sel.X); ok {
			return c.bodyBounded(key, at)
		}
	case *ast.IndexExpr:
		return c.uploadBounded(e.X, at, depth+1)
	case *ast.SelectorExpr:
		return c.uploadBounded(e.X, at, depth+1)
	}
	return false
}

// argOf returns the i'th argument of call, or its receiver for -1.
func argOf(call *ast.CallExpr, i int) ast.Expr {
	if i < 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			return sel.X
		}
		return nil
	}
	if i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// isLimit reports whether e wraps a reader in a size limit, directly or
// inside wrappers that keep the bytes: http.MaxBytesReader(w, r.Body, n),
// io.NopCloser(io.LimitReader(r.Body, n)). It returns the limit.
func (c *checker) isLimit(e ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	row := c.tab.lookup(match.Callee(c.info, call))
	if row == nil {
		return nil, false
	}
	switch row.role {
	case rLimit:
		return argOf(call, row.arg+1), true
	case rPass:
		return c.isLimit(argOf(call, row.arg))
	}
	return nil, false
}

// bytesOrigin returns where the bytes of the byte slice or string e come
// from, and the expression they were read with.
func (c *checker) bytesOrigin(e ast.Expr, at token.Pos, depth int) (origin, ast.Expr) {
	if depth > maxDepth || e == nil {
		return oNone, nil
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := c.localVar(e)
		if v == nil {
			return oNone, nil
		}
		k := memoKey{v, at}
		if b, ok := c.bytes[k]; ok {
			return b.origin, b.src
		}
		c.bytes[k] = bytesInfo{}
		o, src := c.varBytes(v, at, depth)
		c.bytes[k] = bytesInfo{o, src}
		return o, src
	case *ast.SliceExpr:
		return c.bytesOrigin(e.X, at, depth+1)
	case *ast.SelectorExpr:
		if f := c.fieldVar(e); f != nil && f != c.f.reqBody {
			for _, d := range c.fieldDefs[f] {
				if d.index <= 0 {
					if o, src := c.bytesOrigin(d.rhs, d.pos, depth+1); o.outside() {
						return o, src
					}
				}
			}
		}
	case *ast.CallExpr:
		if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			if c.stringInput(e.Args[0], at, depth+1, nil) {
				return oRequest, e // []byte(r.FormValue("data"))
			}
			return c.bytesOrigin(e.Args[0], at, depth+1)
		}
		row := c.tab.lookup(match.Callee(c.info, e))
		if row == nil {
			return oNone, nil
		}
		switch row.role {
		case rReadAll:
			if s := c.stream(argOf(e, row.arg), e.Pos(), depth+1); s.origin.outside() {
				return s.origin, e
			}
		case rCtxBody, rBodyBytes:
			return oRequest, e // gin's GetRawData, fiber's Body
		}
	}
	return oNone, nil
}

// stringInput reports whether the string e is input a client chose: a
// query or form value, a header, a path parameter. vars collects the
// variables it went through.
func (c *checker) stringInput(e ast.Expr, at token.Pos, depth int, vars *[]types.Object) bool {
	if depth > maxDepth || e == nil {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v := c.localVar(e)
		if v == nil {
			return false
		}
		if vars != nil {
			*vars = append(*vars, v)
		}
		for _, d := range c.defs[v] {
			if d.pos > at || d.elem {
				continue
			}
			if d.index > 0 {
				continue
			}
			if c.stringInput(d.rhs, d.pos, depth+1, vars) {
				return true
			}
		}
	case *ast.IndexExpr:
		// r.URL.Query()["n"][0], mux.Vars(r)["id"]
		x := ast.Unparen(e.X)
		if ix, ok := x.(*ast.IndexExpr); ok {
			x = ast.Unparen(ix.X)
		}
		if call, ok := x.(*ast.CallExpr); ok {
			if row := c.tab.lookup(match.Callee(c.info, call)); row != nil && row.role == rInputMap {
				return true
			}
		}
		if id, ok := x.(*ast.Ident); ok {
			if v := c.localVar(id); v != nil {
				for _, d := range c.defs[v] {
					if call, ok := ast.Unparen(d.rhs).(*ast.CallExpr); ok && d.pos <= at {
						if row := c.tab.lookup(match.Callee(c.info, call)); row != nil && row.role == rInputMap {
							return true
						}
					}
				}
			}
		}
		return c.derivedFromRequest(x, depth+1)
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		if fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "strings" && fn.Signature().Recv() == nil &&
			len(e.Args) > 0 && isString(c.info.TypeOf(e)) {
			return c.stringInput(e.Args[0], at, depth+1, vars) // strings.TrimSpace(q.Get("n"))
		}
		row := c.tab.lookup(fn)
		if row == nil || row.role != rInputString {
			return false
		}
		switch row.need {
		case needIncoming:
			_, ok := c.incomingReq(argOf(e, -1), depth+1)
			return ok
		case needDerived:
			return c.derivedFromRequest(argOf(e, -1), depth+1)
		}
		return true
	}
	return false
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// derivedFromRequest reports whether e is a part of a request the server
// received: r.URL.Query(), r.Header, r.Form, or a variable holding one.
func (c *checker) derivedFromRequest(e ast.Expr, depth int) bool {
	for ; depth <= maxDepth && e != nil; depth++ {
		e = ast.Unparen(e)
		if match.IsNamedOrPointer(c.info.TypeOf(e), httpPath, "Request") {
			_, ok := c.incomingReq(e, depth+1)
			return ok
		}
		switch x := e.(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return false
			}
			e = sel.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.Ident:
			v := c.localVar(x)
			if v == nil {
				return false
			}
			for _, d := range c.defs[v] {
				if d.index <= 0 && !d.elem && c.derivedFromRequest(d.rhs, depth+1) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// A size is a number that came from outside, and what is known of it.
type size struct {
	origin origin   // oRequest: the client chose it; oNetwork: read off the wire
	src    ast.Node // where it came from
	vars   []types.Object
}

// sizeInput returns where the integer e comes from, if a client or a peer
// chose it: a query, form or header value parsed as a number, the
// request's ContentLength, a length read from a connection. Values of
// 16 bits or less are bounded by their type.
func (c *checker) sizeInput(e ast.Expr, at token.Pos, depth int, sz *size) bool {
	if depth > maxDepth || e == nil {
		return false
	}
	e = ast.Unparen(e)
	tv := c.info.Types[e]
	if tv.Value != nil || isSmallInt(tv.Type) {
		return false
	}
	switch e := e.(type) {
	case *ast.Ident:
		v := c.localVar(e)
		if v == nil {
			return false
		}
		sz.vars = append(sz.vars, v)
		for _, fl := range c.fills[v] {
			if fl.pos <= at {
				if s := c.stream(fl.src, fl.pos, depth+1); s.origin.fromClient() {
					sz.origin, sz.src = wireOrigin(s.origin), fl.src
					return true
				}
			}
		}
		for _, d := range c.defs[v] {
			if d.pos > at || d.elem {
				continue
			}
			if d.index > 0 {
				continue
			}
			if c.sizeInput(d.rhs, d.pos, depth+1, sz) {
				return true
			}
		}
	case *ast.SelectorExpr:
		if f := c.fieldVar(e); f != nil && f == c.f.reqContentLength {
			if _, ok := c.incomingReq(e.X, depth+1); ok {
				sz.origin, sz.src = oRequest, e
				sz.vars = append(sz.vars, f)
				return true
			}
			return false
		}
		// a field of a header read off the wire: binary.Read(conn, order, &hdr)
		if p := astx.PathOf(c.info, e.X); len(p) > 0 {
			if v, ok := p.Root().(*types.Var); ok {
				if f := c.fieldVar(e); f != nil {
					sz.vars = append(sz.vars, f) // h.Length is compared as Length
				}
				for _, fl := range c.fills[v] {
					if fl.pos <= at {
						if s := c.stream(fl.src, fl.pos, depth+1); s.origin.fromClient() {
							sz.origin, sz.src = wireOrigin(s.origin), fl.src
							return true
						}
					}
				}
			}
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.ADD, token.SUB, token.MUL, token.SHL, token.OR:
			return c.sizeInput(e.X, at, depth+1, sz) || c.sizeInput(e.Y, at, depth+1, sz)
		case token.QUO, token.SHR:
			return c.sizeInput(e.X, at, depth+1, sz)
		}
	case *ast.CallExpr:
		if tv, ok := c.info.Types[e.Fun]; ok && tv.IsType() && len(e.Args) == 1 {
			return c.sizeInput(e.Args[0], at, depth+1, sz) // int(n)
		}
		if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
			if b, ok := c.info.Uses[id].(*types.Builtin); ok {
				if b.Name() == "max" {
					for _, a := range e.Args {
						if c.sizeInput(a, at, depth+1, sz) {
							return true
						}
					}
				}
				return false // len, cap, min: bounded
			}
		}
		row := c.tab.lookup(match.Callee(c.info, e))
		if row == nil {
			return false
		}
		switch row.role {
		case rParseInt:
			if bits, ok := astx.ConstInt(c.info, argOf(e, 2)); ok && bits > 0 && bits <= 16 {
				return false
			}
			if c.stringInput(argOf(e, 0), at, depth+1, &sz.vars) {
				sz.origin, sz.src = oRequest, e
				return true
			}
		case rInputInt:
			sz.origin, sz.src = oRequest, e
			return true
		case rWireInt:
			if o, _ := c.bytesOrigin(argOf(e, 0), at, depth+1); o.fromClient() {
				sz.origin, sz.src = wireOrigin(o), e
				return true
			}
		case rVarint:
			if s := c.stream(argOf(e, 0), at, depth+1); s.origin.fromClient() {
				sz.origin, sz.src = wireOrigin(s.origin), e
				return true
			}
		}
	}
	return false
}

// wireOrigin maps the origin of bytes a number was decoded from to the
// origin of the number: a number decoded from a request body is the
// client's choice like a query value.
func wireOrigin(o origin) origin {
	if o == oNetwork {
		return oNetwork
	}
	return oRequest
}

// isSmallInt reports whether t is an integer type of 16 bits or less,
// whose values cannot ask for much memory.
func isSmallInt(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok {
		return false
	}
	switch b.Kind() {
	case types.Int8, types.Int16, types.Uint8, types.Uint16:
		return true
	}
	return false
}

// A bytesInfo caches bytesOrigin's answer for a variable.
type bytesInfo struct {
	origin origin
	src    ast.Expr
}

// varBytes returns where the bytes the variable v holds at at come from:
// a fill from outside, or a definition with bytes from outside.
func (c *checker) varBytes(v *types.Var, at token.Pos, depth int) (origin, ast.Expr) {
	for _, fl := range c.fills[v] {
		if fl.pos <= at {
			if s := c.stream(fl.src, fl.pos, depth+1); s.origin.outside() {
				return s.origin, fl.src
			}
		}
	}
	for _, d := range c.defs[v] {
		if d.pos > at || d.elem {
			continue
		}
		if d.index > 0 {
			continue // the error or flag of a tuple
		}
		if o, src := c.bytesOrigin(d.rhs, d.pos, depth+1); o.outside() {
			return o, src
		}
	}
	return oNone, nil
}
