package httptimeout

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures httptimeout. The zero value is the recommended default.
type Config struct {
	Tests bool // also report in _test.go files
}

// Analyzer is httptimeout with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns an httptimeout analyzer using cfg; its flags bind into a copy
// of cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:     "httptimeout",
		DocFile:  docFile,
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Tests:    &cfg.Tests,
		Run:      func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep) },
	})
	return a
}

// Categories.
const (
	catDefaultClient = "default-client"
	catClient        = "client-timeout"
	catServer        = "server-timeout"
	catDial          = "dial-timeout"
)

const (
	httpPath     = "net/http"
	netPath      = "net"
	tlsPath      = "crypto/tls"
	httptestPath = "net/http/httptest"
)

func run(pass *analysis.Pass, rep *report.Reporter) (any, error) {
	if !match.Reaches(pass.Pkg, netPath) {
		return nil, nil // no HTTP client, server or dialer can be made here
	}
	if definesDefaults[pass.Pkg.Path()] {
		return nil, nil
	}
	c := &checker{
		pass: pass,
		info: pass.TypesInfo,
		rep:  rep,
		api:  lookupAPI(pass.Pkg),

		headerBounded: make(map[types.Object]bool),
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.root = insp.Root()
	c.walk(insp)
	c.decideSites()
	c.reportDefaults()
	return nil, nil
}

// definesDefaults lists the packages that implement the defaults this
// analyzer warns about (http.Get is DefaultClient.Get, net.Dial a zero
// Dialer): there, using them is the definition, not a hazard.
var definesDefaults = map[string]bool{httpPath: true, netPath: true, tlsPath: true}

// api holds the fields that bound a value, looked up once per pass so that
// selections can be compared by identity, however they were reached.
type api struct {
	clientTimeout     *types.Var
	readHeaderTimeout *types.Var
	readTimeout       *types.Var
	dialerTimeout     *types.Var
	dialerDeadline    *types.Var
	clientTransport   *types.Var
	headerTimeout     *types.Var // Transport.ResponseHeaderTimeout
}

func lookupAPI(pkg *types.Package) api {
	http := match.Import(pkg, httpPath)
	net := match.Import(pkg, netPath)
	return api{
		clientTimeout:     match.Field(http, "Client", "Timeout"),
		readHeaderTimeout: match.Field(http, "Server", "ReadHeaderTimeout"),
		readTimeout:       match.Field(http, "Server", "ReadTimeout"),
		dialerTimeout:     match.Field(net, "Dialer", "Timeout"),
		dialerDeadline:    match.Field(net, "Dialer", "Deadline"),
		clientTransport:   match.Field(http, "Client", "Transport"),
		headerTimeout:     match.Field(http, "Transport", "ResponseHeaderTimeout"),
	}
}

// checker holds the state of one pass: what the walk found, decided after it.
type checker struct {
	pass *analysis.Pass
	info *types.Info
	rep  *report.Reporter
	api  api

	sites       []*site      // values made without a timeout, pending the flow rule
	writes      []write      // assignments that may configure a site
	dials       []dialUse    // places where a net.Dialer dials
	defaults    []defaultUse // uses of http.DefaultClient, implicit or explicit
	setsDefault bool         // the package configures http.DefaultClient itself
	// headerBounded holds variables holding an *http.Transport with a
	// ResponseHeaderTimeout, seen so far in the walk.
	headerBounded map[types.Object]bool

	root inspector.Cursor // the package's syntax
	vars *locals.Index    // what the package does with its variables, made on first use
}

// walk visits every node of interest once.
func (c *checker) walk(insp *inspector.Inspector) {
	filter := []ast.Node{
		(*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil),
		(*ast.ValueSpec)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.Ident)(nil),
	}
	for cur := range insp.Root().Preorder(filter...) {
		if c.rep.Skips(cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.CompositeLit:
			c.compositeLit(cur, n)
		case *ast.ValueSpec:
			c.varDecl(cur, n)
		case *ast.AssignStmt:
			c.assign(n)
		case *ast.Ident:
			c.ident(cur, n)
		}
	}
}

// call checks the package-level functions that cannot have a timeout, and
// records constructors and dials.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	if t, ok := c.newOf(call); ok {
		if k, what := c.kindOf(t); k != nil {
			c.addSite(cur, k, call, "new("+types.ExprString(call.Args[0])+")"+what, false)
		}
		return
	}
	fn := match.Callee(c.info, call)
	if fn == nil {
		return
	}
	switch {
	case match.IsFunc(fn, httpPath, "Get", "Head", "Post", "PostForm"):
		if len(call.Args) > 0 && c.isTestServerURL(call.Args[0]) {
			return // a local httptest server answers
		}
		c.defaults = append(c.defaults, defaultUse{expr: call.Fun, implicit: true})
	case match.IsFunc(fn, httpPath, "ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"):
		c.rep.Reportf(call.Fun, catServer, "%s serves with no timeouts (slow clients can hold connections forever); use an http.Server with ReadHeaderTimeout set",
			types.ExprString(call.Fun))
	case match.IsFunc(fn, netPath, "Dial") && len(call.Args) > 0 && c.isTCP(call.Args[0]):
		c.rep.Reportf(call.Fun, catDial, "%s has no timeout (a connect can hang for minutes); use net.DialTimeout or a net.Dialer with Timeout set",
			types.ExprString(call.Fun))
	case match.IsFunc(fn, tlsPath, "Dial") && len(call.Args) > 0 && c.isTCP(call.Args[0]):
		c.rep.Reportf(call.Fun, catDial, "%s has no timeout (a connect or handshake can hang); use tls.DialWithDialer with a net.Dialer that has Timeout set",
			types.ExprString(call.Fun))
	case match.IsFunc(fn, netPath, "DialTimeout") && len(call.Args) == 3 && isNonPositive(c.info, call.Args[2]) && c.isTCP(call.Args[0]):
		c.rep.Reportf(call.Args[2], catDial, "%s with a timeout of zero has no timeout (a connect can hang for minutes); pass a positive timeout",
			types.ExprString(call.Fun))
	case match.IsFunc(fn, tlsPath, "DialWithDialer") && len(call.Args) > 0:
		c.dials = append(c.dials, dialUse{dialer: call.Args[0], call: call})
	case match.IsMethod(fn, netPath, "Dialer", "Dial"):
		c.addDial(call)
	case match.IsMethod(fn, netPath, "Dialer", "DialContext") && len(call.Args) > 0 && c.isFreshContext(call.Args[0]):
		c.addDial(call)
	default:
		switch kind, _ := libs.HTTPClientConstructor(fn); kind {
		case libs.PlainClient:
			c.addSite(cur, &clientKind, call, types.ExprString(call.Fun)+"() returns an http.Client that", false)
		case libs.RetryClient:
			c.addSite(cur, &retryClientKind, call, types.ExprString(call.Fun)+"() returns a client whose HTTPClient", false)
		}
	}
}

func (c *checker) addDial(call *ast.CallExpr) {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		c.dials = append(c.dials, dialUse{dialer: sel.X, call: call})
	}
}

// newOf returns T for a call new(T).
func (c *checker) newOf(call *ast.CallExpr) (types.Type, bool) {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	if b, ok := c.info.Uses[id].(*types.Builtin); !ok || b.Name() != "new" {
		return nil, false
	}
	tv, ok := c.info.Types[call.Args[0]]
	return tv.Type, ok && tv.IsType()
}

// compositeLit records literals of the bounded types that leave the bound
// unset or zero.
func (c *checker) compositeLit(cur inspector.Cursor, lit *ast.CompositeLit) {
	tv, ok := c.info.Types[lit]
	if !ok || lit.Type == nil {
		return
	}
	if match.IsNamed(tv.Type, httpPath, "Transport") {
		c.noteTransport(cur, lit)
		return
	}
	k, what := c.kindOf(tv.Type)
	if k == nil {
		return
	}
	set, zero := c.boundInLiteral(lit, tv.Type, k)
	if set {
		return
	}
	c.addSite(cur, k, lit, types.ExprString(lit.Type)+braces(lit)+what, zero)
}

func braces(lit *ast.CompositeLit) string {
	if len(lit.Elts) == 0 {
		return "{}"
	}
	return "{...}"
}

// boundInLiteral reports whether the literal sets one of k's bounds to a
// value that is not a constant zero (set), or sets one to a constant zero
// or less (zero). For a struct embedding an http.Client, the embedded
// field counts as set when present: its own literal is checked on its own.
func (c *checker) boundInLiteral(lit *ast.CompositeLit, t types.Type, k *kind) (set, zero bool) {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return true, false // not a struct literal: not ours to judge
	}
	for i, elt := range lit.Elts {
		field, value := c.fieldOf(st, i, elt)
		if field == nil {
			continue
		}
		if field.Embedded() && !k.isBound(&c.api, field) && c.isEmbeddedClient(field) {
			return true, false
		}
		if field == c.api.clientTransport && c.isHeaderBounded(value) {
			return true, false // a streaming client: its transport bounds the wait for headers
		}
		if !k.isBound(&c.api, field) {
			continue
		}
		if isNonPositive(c.info, value) {
			zero = true
			continue
		}
		return true, false
	}
	return false, zero
}

// noteTransport remembers a variable that holds an *http.Transport literal
// with a ResponseHeaderTimeout.
func (c *checker) noteTransport(cur inspector.Cursor, lit *ast.CompositeLit) {
	if !c.setsHeaderTimeout(lit) {
		return
	}
	if p := c.storedIn(cur); len(p) == 1 {
		c.headerBounded[p.Root()] = true
	}
}

func (c *checker) setsHeaderTimeout(lit *ast.CompositeLit) bool {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok && c.info.Uses[id] == c.api.headerTimeout && !isNonPositive(c.info, kv.Value) {
				return true
			}
		}
	}
	return false
}

// isHeaderBounded reports whether e is a transport with a
// ResponseHeaderTimeout: an *http.Transport literal that sets one, or a
// variable that was given one. Such a client is usually a streaming client
// on purpose, where an overall Timeout would cut long bodies off.
func (c *checker) isHeaderBounded(e ast.Expr) bool {
	e = ast.Unparen(e)
	if un, ok := e.(*ast.UnaryExpr); ok && un.Op == token.AND {
		e = ast.Unparen(un.X)
	}
	if lit, ok := e.(*ast.CompositeLit); ok {
		return c.setsHeaderTimeout(lit)
	}
	if p := astx.PathOf(c.info, e); len(p) == 1 {
		return c.headerBounded[p.Root()]
	}
	return false
}

// fieldOf returns the field the i'th element of a struct literal sets, and
// its value.
func (c *checker) fieldOf(st *types.Struct, i int, elt ast.Expr) (*types.Var, ast.Expr) {
	if kv, ok := elt.(*ast.KeyValueExpr); ok {
		if id, ok := kv.Key.(*ast.Ident); ok {
			if f, ok := c.info.Uses[id].(*types.Var); ok {
				return f, kv.Value
			}
		}
		return nil, nil
	}
	if i < st.NumFields() {
		return st.Field(i), elt
	}
	return nil, nil
}

// varDecl records var declarations without a value of the bounded types,
// which hold zero values. A pointer declared so is nil, not a zero value:
// the server or client assigned to it later is the site.
func (c *checker) varDecl(cur inspector.Cursor, spec *ast.ValueSpec) {
	if spec.Type == nil || len(spec.Values) > 0 {
		return
	}
	for _, name := range spec.Names {
		obj := c.info.Defs[name]
		if obj == nil || name.Name == "_" {
			continue
		}
		if _, isPtr := obj.Type().Underlying().(*types.Pointer); isPtr {
			continue
		}
		if k, what := c.kindOf(obj.Type()); k != nil {
			s := &site{kind: k, at: name, what: "var " + name.Name + " " + types.ExprString(spec.Type) + what, target: astx.Path{obj}}
			s.fn, _ = astx.EnclosingFunc(cur)
			c.sites = append(c.sites, s)
		}
	}
}

// ident records uses of http.DefaultClient.
func (c *checker) ident(cur inspector.Cursor, id *ast.Ident) {
	if !match.IsVar(c.info.Uses[id], httpPath, "DefaultClient") {
		return
	}
	use := cur
	if sel, ok := cur.Parent().Node().(*ast.SelectorExpr); ok && sel.Sel == id {
		use = cur.Parent() // http.DefaultClient
	}
	use = astx.UnparenUp(use)
	switch parent := use.Parent().Node().(type) {
	case *ast.AssignStmt:
		if slices.Contains(parent.Lhs, use.Node().(ast.Expr)) {
			c.setsDefault = true // http.DefaultClient = ...
			return
		}
	case *ast.BinaryExpr:
		if parent.Op == token.EQL || parent.Op == token.NEQ {
			return // a comparison uses no client
		}
	case *ast.StarExpr:
		return // a copy (*http.DefaultClient) is judged by what is done to it
	case *ast.SelectorExpr:
		if isAssigned(use.Parent()) {
			c.setsDefault = true // http.DefaultClient.Timeout = ...
			return
		}
	}
	c.defaults = append(c.defaults, defaultUse{expr: use.Node().(ast.Expr), cur: use})
}

// A defaultUse is a use of http.DefaultClient: explicit (the variable) or
// implicit (http.Get and its siblings).
type defaultUse struct {
	expr     ast.Expr
	cur      inspector.Cursor // the explicit use, for the flow rule
	implicit bool
}

// isAssigned reports whether the expression at cur is assigned to.
func isAssigned(cur inspector.Cursor) bool {
	cur = astx.UnparenUp(cur)
	as, ok := cur.Parent().Node().(*ast.AssignStmt)
	return ok && slices.Contains(as.Lhs, cur.Node().(ast.Expr))
}

// assign records writes that may configure a site: a bound field set to a
// value that is not a constant zero, or a bounded value stored in a field.
func (c *checker) assign(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		if len(as.Rhs) == len(as.Lhs) {
			rhs = as.Rhs[i]
		}
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
			field := s.Obj().(*types.Var)
			if rhs != nil && isNonPositive(c.info, rhs) {
				continue
			}
			base := astx.PathOf(c.info, sel.X)
			if base == nil {
				continue
			}
			c.writes = append(c.writes, write{base: base, field: field, pos: as.Pos()})
			if field == c.api.headerTimeout && len(base) == 1 {
				c.headerBounded[base.Root()] = true
			}
		}
	}
}

// isTCP reports whether network is a constant naming a TCP network. Other
// networks are local (unix) or connectionless (udp, ip), and a network that
// is not a constant is a caller's choice we cannot see.
func (c *checker) isTCP(network ast.Expr) bool {
	s, ok := astx.ConstString(c.info, network)
	return ok && (s == "tcp" || s == "tcp4" || s == "tcp6")
}

// isFreshContext reports whether ctx is a call to context.Background or
// context.TODO, which carry no deadline.
func (c *checker) isFreshContext(ctx ast.Expr) bool {
	call, ok := ast.Unparen(ctx).(*ast.CallExpr)
	return ok && match.IsFunc(match.Callee(c.info, call), "context", "Background", "TODO")
}

// isTestServerURL reports whether e mentions the URL of an httptest.Server.
func (c *checker) isTestServerURL(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "URL" {
			if s, ok := c.info.Selections[sel]; ok && match.IsNamedOrPointer(s.Recv(), httptestPath, "Server") {
				found = true
			}
		}
		return !found
	})
	return found
}

// isNonPositive reports whether e is a constant zero or less: a timeout of
// that value means no timeout at all.
func isNonPositive(info *types.Info, e ast.Expr) bool {
	v, ok := astx.ConstInt(info, e)
	return ok && v <= 0
}

// reportDefaults reports the uses of http.DefaultClient, unless the package
// configures it itself: only known once the whole package has been seen.
func (c *checker) reportDefaults() {
	if !c.setsDefault {
		for _, u := range c.defaults {
			if !u.implicit && c.isDoWithDeadline(u.cur) {
				continue // http.DefaultClient.Do(req), req with a deadline
			}
			if u.implicit {
				c.rep.Reportf(u.expr, catDefaultClient, "%s uses http.DefaultClient, which has no timeout; use a client with Timeout set", types.ExprString(u.expr))
			} else {
				c.rep.Reportf(u.expr, catDefaultClient, "%s has no timeout; use a client with Timeout set", types.ExprString(u.expr))
			}
		}
	}
}
