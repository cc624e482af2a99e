package unboundedinput

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures unboundedinput. The zero value is the recommended
// default.
type Config struct {
	Tests    bool // also report in _test.go files and test-support packages
	EachRead bool // report every unlimited read of a request body, not once per package
}

// Analyzer is unboundedinput with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns an unboundedinput analyzer using cfg; its flags bind into a
// copy of cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "unboundedinput",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(bodyLimit), new(readsBody)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.BoolVar(&cfg.EachRead, "each-read", cfg.EachRead,
		"report every read of a request body with no limit, not once per package when more than "+strconv.Itoa(maxBodySites)+" do")
	return a
}

// Categories.
const (
	catRequestBody   = "request-body"
	catDecompression = "decompression"
	catLineRead      = "line-read"
	catInputSize     = "input-size"
)

// bodyLimit is the package fact that a package limits the size of request
// bodies for a whole router: a middleware that replaces a request's Body
// with an http.MaxBytesReader (or an io.LimitReader) before passing the
// request on, or a call of a router-level limit (http.MaxBytesHandler,
// echo's BodyLimit, chi's RequestSize, gin-contrib/size). Packages of the
// same module that import it count their handlers as covered.
type bodyLimit struct {
	Module string // the module of the package, to compare with the importer's
	Where  string // what limits: the middleware or the call, for -debug output
}

func (*bodyLimit) AFact()         {}
func (*bodyLimit) String() string { return "bodylimit" }

// readsBody is the fact that a handler (a package-level function shaped
// like a handler, which its own package never uses as a value) reads the
// request body with no limit. The package that registers it decides: it
// is reported where the handler is used as a value, unless that package
// limits every body (a router's middleware usually lives there, not beside
// the handlers).
type readsBody struct {
	At    string // file:line of the first read, for the message
	Reads int    // how many unlimited reads the handler has
}

func (*readsBody) AFact()         {}
func (*readsBody) String() string { return "readsbody" }

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	// Every source of outside data (a request, a response, a connection,
	// an upload) is a value of a type declared in package net or in one
	// that imports it.
	if !match.Reaches(pass.Pkg, "net") {
		return nil, nil
	}
	c := newChecker(pass, rep)
	c.eachRead = cfg.EachRead
	c.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	c.propagateRequests()
	c.findLimits()
	c.check()
	return nil, nil
}

// checker holds the state of one pass.
type checker struct {
	pass *analysis.Pass
	info *types.Info
	rep  *report.Reporter
	tab  table
	f    fields

	defs      map[*types.Var][]def  // assignments of local variables
	fieldDefs map[*types.Var][]def  // assignments of struct fields, anywhere in the package
	fills     map[*types.Var][]fill // buffers filled by io.ReadFull and the like
	incoming  map[*types.Var]bool   // *http.Request parameters that are requests the server received
	decls     map[*types.Func]*ast.FuncDecl
	nexts     map[ast.Node]bool     // functions that pass a request to a next handler
	assigns   []bodyAssign          // assignments to a request's Body
	compares  []compare             // ordered comparisons in conditions
	calls     []inspector.Cursor    // every call, in source order
	makes     []inspector.Cursor    // calls of the builtin make
	limitedBy string                // what limits every request body of the package ("" if nothing)
	streams   map[memoKey]stream    // what variables hold, as readers
	bytes     map[memoKey]bytesInfo // what variables hold, as bytes
	module    string
	eachRead  bool
	bodyReads []analysis.Diagnostic // request-body findings, reported once per package past maxBodySites
	valueRefs map[*types.Func]bool  // this package's functions used as values
	handlers  []handlerUse          // uses as values of other packages' handlers
}

// A handlerUse is a use, as a value, of a function of another package that
// may carry a readsBody fact.
type handlerUse struct {
	id *ast.Ident
	fn *types.Func
}

// fields are the struct fields the rules look at, found once per pass.
type fields struct {
	reqBody, reqContentLength, respBody, ginRequest, zipFile *types.Var
}

func newChecker(pass *analysis.Pass, rep *report.Reporter) *checker {
	imps := match.Imports(pass.Pkg, httpPath, libs.GinPath, "archive/zip")
	return &checker{
		pass: pass,
		info: pass.TypesInfo,
		rep:  rep,
		tab:  apiTable,
		f: fields{
			reqBody:          match.Field(imps[httpPath], "Request", "Body"),
			reqContentLength: match.Field(imps[httpPath], "Request", "ContentLength"),
			respBody:         match.Field(imps[httpPath], "Response", "Body"),
			ginRequest:       match.Field(imps[libs.GinPath], "Context", "Request"),
			zipFile:          match.Field(imps["archive/zip"], "Reader", "File"),
		},
		defs:      make(map[*types.Var][]def),
		fieldDefs: make(map[*types.Var][]def),
		fills:     make(map[*types.Var][]fill),
		incoming:  make(map[*types.Var]bool),
		decls:     make(map[*types.Func]*ast.FuncDecl),
		nexts:     make(map[ast.Node]bool),
		streams:   make(map[memoKey]stream),
		bytes:     make(map[memoKey]bytesInfo),
		valueRefs: make(map[*types.Func]bool),
		module:    modulePath(pass),
	}
}

// A def is one value given to a variable or field.
type def struct {
	pos   token.Pos // the end of the assignment: the value holds after it
	rhs   ast.Expr  // the value, or the call or expression that yields a tuple
	index int       // which result of a tuple; -1 for a single value
	elem  bool      // the variable is the element of a range over rhs
}

// A fill is a call that reads bytes of src into a buffer.
type fill struct {
	pos token.Pos
	src ast.Expr
}

// A bodyAssign is an assignment to the Body of a request.
type bodyAssign struct {
	cur inspector.Cursor // the assignment
	req ast.Expr         // the request whose Body is assigned
	rhs ast.Expr
}

// A compare is an ordered comparison (<, <=, >, >=) in the condition of an
// if statement or of a case of a switch: a bound checked on some value.
type compare struct {
	pos  token.Pos
	x, y ast.Expr
}

// walk visits every node of interest once and records what the checks need.
func (c *checker) walk(insp *inspector.Inspector) {
	filter := []ast.Node{
		(*ast.FuncDecl)(nil),
		(*ast.FuncLit)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.CallExpr)(nil),
		(*ast.IfStmt)(nil),
		(*ast.CaseClause)(nil),
		(*ast.Ident)(nil),
	}
	for cur := range insp.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := c.info.Defs[n.Name].(*types.Func); ok {
				c.decls[fn] = n
				c.markHandler(fn.Signature())
			}
		case *ast.FuncLit:
			if sig, ok := c.info.TypeOf(n).(*types.Signature); ok {
				c.markHandler(sig)
			}
		case *ast.AssignStmt:
			c.assign(cur, n)
		case *ast.ValueSpec:
			c.valueSpec(n)
		case *ast.RangeStmt:
			if n.Value != nil {
				if v := c.localVar(n.Value); v != nil {
					c.defs[v] = append(c.defs[v], def{pos: n.X.End(), rhs: n.X, index: -1, elem: true})
				}
			}
		case *ast.CompositeLit:
			c.compositeLit(n)
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.IfStmt:
			c.conditions(n.Cond)
		case *ast.Ident:
			c.ident(cur, n)
		case *ast.CaseClause:
			if sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt); ok && sw.Tag == nil {
				for _, e := range n.List {
					c.conditions(e)
				}
			}
		}
	}
}

// ident records functions used as values (not called): this package's,
// and other packages' handlers, which may be registered here.
func (c *checker) ident(cur inspector.Cursor, id *ast.Ident) {
	fn, ok := c.info.Uses[id].(*types.Func)
	if !ok || fn.Signature().Recv() != nil {
		return
	}
	use := cur
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
		use = cur.Parent()
	}
	use = astx.UnparenUp(use)
	if call, ok := use.Parent().Node().(*ast.CallExpr); ok && call.Fun == use.Node() {
		return // a call, not a use as a value
	}
	if fn.Pkg() == c.pass.Pkg {
		c.valueRefs[fn] = true
	} else if isHandlerSig(fn.Signature()) {
		c.handlers = append(c.handlers, handlerUse{id: id, fn: fn})
	}
}

// isHandlerSig reports whether sig is the signature of a handler:
// func(http.ResponseWriter, *http.Request), func(*gin.Context) or
// func(echo.Context) error.
func isHandlerSig(sig *types.Signature) bool {
	p := sig.Params()
	switch p.Len() {
	case 1:
		return isFrameworkCtx(p.At(0).Type())
	case 2:
		return match.IsNamed(p.At(0).Type(), httpPath, "ResponseWriter") && match.IsNamedOrPointer(p.At(1).Type(), httpPath, "Request")
	}
	return false
}

// markHandler marks the *http.Request parameter of a function shaped like
// an http.Handler, with an http.ResponseWriter parameter too: its request
// is one the server received.
func (c *checker) markHandler(sig *types.Signature) {
	var req *types.Var
	writer := false
	for v := range sig.Params().Variables() {
		switch {
		case match.IsNamedOrPointer(v.Type(), httpPath, "Request"):
			req = v
		case match.IsNamed(v.Type(), httpPath, "ResponseWriter"):
			writer = true
		}
	}
	if writer && req != nil {
		c.incoming[req] = true
	}
}

// localVar returns the local variable e denotes, or nil.
func (c *checker) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, ok := c.info.ObjectOf(id).(*types.Var)
	if !ok || !match.IsLocal(v) {
		return nil
	}
	return v
}

// fieldVar returns the struct field a selector selects, or nil.
func (c *checker) fieldVar(e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := c.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	return s.Obj().(*types.Var)
}

func (c *checker) assign(cur inspector.Cursor, as *ast.AssignStmt) {
	if as.Tok != token.ASSIGN && as.Tok != token.DEFINE {
		return // x += y keeps what x was
	}
	for i, lhs := range as.Lhs {
		d := def{pos: as.End(), index: -1}
		if len(as.Rhs) == len(as.Lhs) {
			d.rhs = as.Rhs[i]
		} else if len(as.Rhs) == 1 {
			d.rhs, d.index = as.Rhs[0], i
		} else {
			continue
		}
		if v := c.localVar(lhs); v != nil {
			c.defs[v] = append(c.defs[v], d)
			continue
		}
		if f := c.fieldVar(lhs); f != nil {
			if f == c.f.reqBody && f != nil {
				c.assigns = append(c.assigns, bodyAssign{cur: cur, req: ast.Unparen(lhs).(*ast.SelectorExpr).X, rhs: d.rhs})
			}
			c.fieldDefs[f] = append(c.fieldDefs[f], d)
		}
	}
}

func (c *checker) valueSpec(vs *ast.ValueSpec) {
	for i, name := range vs.Names {
		v := c.localVar(name)
		if v == nil {
			continue
		}
		switch {
		case len(vs.Values) == len(vs.Names):
			c.defs[v] = append(c.defs[v], def{pos: vs.End(), rhs: vs.Values[i], index: -1})
		case len(vs.Values) == 1:
			c.defs[v] = append(c.defs[v], def{pos: vs.End(), rhs: vs.Values[0], index: i})
		}
	}
}

// compositeLit records the fields a struct literal sets.
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	t := c.info.TypeOf(lit)
	if t == nil {
		return
	}
	st, ok := match.Deref(t).Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, elt := range lit.Elts {
		var f *types.Var
		value := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			f, _ = c.info.Uses[id].(*types.Var)
			value = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f != nil {
			c.fieldDefs[f] = append(c.fieldDefs[f], def{pos: lit.End(), rhs: value, index: -1})
		}
	}
}

// call records calls for the checks, buffers they fill, router-level
// limits, and functions that pass a request on.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "make" {
			c.makes = append(c.makes, cur)
			return
		}
	}
	c.calls = append(c.calls, cur)
	fn := match.Callee(c.info, call)
	row := c.tab.lookup(fn)
	switch {
	case row != nil && row.role == rFill && len(call.Args) > row.dst:
		c.addFill(call.Args[row.dst], call.Args[row.arg], call.End())
	case row != nil && row.role == rReset && len(call.Args) > 0:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if v := c.localVar(sel.X); v != nil {
				c.defs[v] = append(c.defs[v], def{pos: call.End(), rhs: call, index: -1})
			}
		}
	case row != nil && row.role == rRouterLimit:
		if c.limitedBy == "" && !c.isTestFile(call.Pos()) {
			c.limitedBy = types.ExprString(call.Fun)
		}
	case row != nil && row.role == rNext, c.callsHandlerValue(call):
		if fn, ok := enclosingFunc(cur); ok {
			c.nexts[fn] = true
		}
	case isReadMethod(fn) && len(call.Args) == 1:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			c.addFill(call.Args[0], sel.X, call.End())
		}
	}
}

// addFill records that the buffer (or &variable) dst holds bytes of src.
func (c *checker) addFill(dst, src ast.Expr, pos token.Pos) {
	dst = ast.Unparen(dst)
	if u, ok := dst.(*ast.UnaryExpr); ok && u.Op == token.AND {
		dst = u.X
	}
	if s, ok := ast.Unparen(dst).(*ast.SliceExpr); ok {
		dst = s.X
	}
	if v := c.localVar(dst); v != nil {
		c.fills[v] = append(c.fills[v], fill{pos: pos, src: src})
	}
}

// isReadMethod reports whether fn is a Read([]byte) (int, error) method:
// the io.Reader method of whatever type.
func isReadMethod(fn *types.Func) bool {
	if fn == nil || fn.Name() != "Read" || fn.Signature().Recv() == nil {
		return false
	}
	r := match.StdInterface("io", "Reader")
	sig := fn.Signature()
	return types.Identical(types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), false), r.Method(0).Type())
}

// callsHandlerValue reports whether call calls a function value shaped
// like a handler: next(w, r) in a middleware, or an echo next(c).
func (c *checker) callsHandlerValue(call *ast.CallExpr) bool {
	if match.Callee(c.info, call) != nil {
		return false
	}
	t := c.info.TypeOf(call.Fun)
	if t == nil {
		return false // ill-typed code
	}
	if match.IsNamed(t, libs.EchoPath, "HandlerFunc") || match.IsNamed(t, httpPath, "HandlerFunc") {
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 2 {
		return false
	}
	return match.IsNamed(sig.Params().At(0).Type(), httpPath, "ResponseWriter") &&
		match.IsNamedOrPointer(sig.Params().At(1).Type(), httpPath, "Request")
}

// conditions records the ordered comparisons of a condition.
func (c *checker) conditions(cond ast.Expr) {
	if cond == nil {
		return
	}
	ast.Inspect(cond, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok {
			switch b.Op {
			case token.LSS, token.LEQ, token.GTR, token.GEQ:
				c.compares = append(c.compares, compare{pos: b.Pos(), x: b.X, y: b.Y})
			}
		}
		return true
	})
}

func enclosingFunc(cur inspector.Cursor) (ast.Node, bool) {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node(), true
	}
	return nil, false
}

func (c *checker) isTestFile(pos token.Pos) bool {
	return strings.HasSuffix(c.pass.Fset.Position(pos).Filename, "_test.go")
}

// modulePath returns the path of the module of pass's package. Drivers that
// do not say (nogo, GOPATH mode) get the repository root its import path
// suggests: the first element, or the first three for the hosts whose
// repositories are host/owner/name.
func modulePath(pass *analysis.Pass) string {
	if pass.Module != nil && pass.Module.Path != "" {
		return pass.Module.Path
	}
	return repoRoot(pass.Pkg.Path())
}

func repoRoot(path string) string {
	elems := strings.Split(path, "/")
	n := 1
	switch elems[0] {
	case "github.com", "gitlab.com", "bitbucket.org", "codeberg.org":
		n = 3
	default:
		if strings.Contains(elems[0], ".") {
			n = 2
		}
	}
	if len(elems) < n {
		n = len(elems)
	}
	return strings.Join(elems[:n], "/")
}
