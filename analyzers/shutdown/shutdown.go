package shutdown

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
	"unicode"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"github.com/prodvet/prodvet/analyzers/internal/role"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures shutdown. The zero value is the recommended default.
type Config struct {
	Tests        bool // also report in _test.go files and in packages that support tests
	StartupExits bool // also report exits in library startup code: init, constructors and what only they call
}

// Analyzer is shutdown with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a shutdown analyzer using cfg; its flags bind into a copy of
// cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "shutdown",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
		FactTypes: []analysis.Fact{new(lifecycle)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.BoolVar(&cfg.StartupExits, "startup-exits", cfg.StartupExits,
		"also report exits in library startup code: init functions, constructors (New..., Must..., Init..., Setup...) and functions only they call")
	return a
}

// Categories.
const (
	catNoGraceful = "no-graceful-shutdown"
	catSigterm    = "sigterm"
	catDeadline   = "shutdown-deadline"
	catExitLib    = "exit-in-library"
	catExitDefer  = "exit-after-defer"
)

// maxChain is the number of hops a message shows.
const maxChain = 4

// lifecycle is the fact that a function, when called, starts a server, stops
// one or handles signals, directly or through its callees; or that it is an
// exit wrapper (a Fatal or Exit function that ends the process).
type lifecycle struct {
	Serves    []string // the callees down to a serve API, when nothing it reaches stops a server or handles SIGTERM
	ServesAny bool     // it reaches a serve API, stopped or not
	Graceful  bool     // it reaches a stop API, a signal framework, or a handler of SIGTERM or SIGINT
	Term      bool     // it reaches a handler of SIGTERM (or of every signal)
	Interrupt []string // the callees down to a signal subscription for SIGINT alone, when it handles no SIGTERM
	Exit      []string // the callees down to an exit API, for a Fatal or Exit wrapper
}

func (*lifecycle) AFact()         {}
func (*lifecycle) String() string { return "lifecycle" }

func (f *lifecycle) empty() bool {
	return f.Serves == nil && !f.ServesAny && !f.Graceful && !f.Term && f.Interrupt == nil && f.Exit == nil
}

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	c := &checker{
		cfg:           cfg,
		pass:          pass,
		info:          pass.TypesInfo,
		rep:           rep,
		cfgs:          pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		command:       role.IsCommand(pass.Pkg),
		funcs:         make(map[*ast.FuncDecl]*summary),
		decls:         make(map[*types.Func]*summary),
		facts:         make(map[types.Object]*lifecycle),
		bindings:      make(map[*types.Var]ast.Expr),
		reassigned:    make(map[*types.Var]bool),
		deferCache:    make(map[ast.Node][]*ast.DeferStmt),
		litVars:       make(map[*types.Var]bool),
		compositeVars: make(map[*types.Var]bool),
	}
	c.library = !c.command && !isLoggingPackage(pass.Pkg.Name())
	c.pkgLevel = &summary{}
	c.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	c.resolve()
	c.markStartup()
	c.solve()
	c.exportFacts()
	c.decideDeadlines()
	c.decideLifecycle()
	c.decideExits()
	return nil, nil
}

// loggingNames are the names of packages that implement logging: their
// exits implement a Fatal level that their callers chose.
var loggingNames = map[string]bool{
	"log": true, "logs": true, "logger": true, "loggers": true, "logging": true,
	"logutil": true, "logutils": true, "logx": true,
}

// isLoggingPackage reports whether a package named name implements logging.
func isLoggingPackage(name string) bool {
	return loggingNames[name] || strings.HasSuffix(name, "logger") || strings.HasSuffix(name, "logging")
}

// checker holds the state of one pass.
type checker struct {
	cfg     *Config
	pass    *analysis.Pass
	info    *types.Info
	rep     *report.Reporter
	cfgs    *ctrlflow.CFGs
	command bool // main or command code: its servers and signals are the program's
	library bool // neither command code nor a logging package: it must not exit

	pkgLevel *summary // package-level initializers (a cobra command's Run literal, say)
	funcs    map[*ast.FuncDecl]*summary
	order    []*summary // in source order, pkgLevel last
	decls    map[*types.Func]*summary
	facts    map[types.Object]*lifecycle // imported facts, nil when there is none

	refs          []ref               // references to functions of this package
	litVars       map[*types.Var]bool // package-level variables initialized with function literals
	compositeVars map[*types.Var]bool // package-level variables initialized with composite literals
	exits         []exitSite          // calls that end the process
	deadlines     []deadline          // stops that may wait with no deadline
	bindings      map[*types.Var]ast.Expr
	reassigned    map[*types.Var]bool
	deferCache    map[ast.Node][]*ast.DeferStmt
}

// summary describes what a function declaration does, its function
// literals included, as far as servers, signals and exits go.
type summary struct {
	decl *ast.FuncDecl // nil for package-level code
	fn   *types.Func

	serves     []event // serve calls, and calls of functions that serve with no stop
	interrupts []event // subscriptions to SIGINT alone, and calls of functions that make one
	callees    []*summary
	graceful   bool // it stops a server gracefully, or handles SIGTERM or SIGINT
	closes     bool // it closes a server or a listener
	term       bool
	servesAny  bool
	timer      bool     // it uses a timer or a timeout: a deadline path for stops
	exit       []string // for an exit wrapper: how it exits
	wrapper    bool     // named Fatal... or Exit...: its exits are its callers' decision
	startup    bool     // it runs at startup: init, a constructor, what only they call

	// Solved over callees.
	sGraceful, sCloses, sTerm, sServesAny bool
	sServe, sInterrupt                    []string
}

// hop returns chain with s's function in front; the package level adds no
// name.
func (s *summary) hop(chain []string) []string {
	if s.fn == nil {
		return chain
	}
	return prepend(objName(s.fn), chain)
}

// stops reports whether s, through its callees, stops a server (or closes
// one) or handles SIGTERM or SIGINT: then the servers it starts are
// accounted for.
func (s *summary) stops() bool { return s.sGraceful || s.sCloses }

// event is a place in a function where it serves or subscribes to signals,
// directly (api) or through a function of another package (fact).
type event struct {
	at     analysis.Range   // what to report: the call's Fun, or the function value
	call   *ast.CallExpr    // the call, for a direct API call
	callee types.Object     // the function or variable of another package, for an event from a fact
	cur    inspector.Cursor // the call's cursor, for a direct API call
	chain  []string         // the API, or the callee and its fact's chain
}

// ref is a reference to a function declared in this package.
type ref struct {
	owner *summary
	fn    *types.Func      // a function, or
	v     *types.Var       // a package-level variable
	cur   inspector.Cursor // the identifier
}

// exitSite is a call that ends the process.
type exitSite struct {
	cur   inspector.Cursor // the call
	call  *ast.CallExpr
	owner *summary
	chain []string // the exit API, or the wrapper called and how it exits
	zap   bool     // a zap Fatal method, which syncs the logger first
}

// deadline is a stop that may wait with no deadline.
type deadline struct {
	owner *summary
	call  *ast.CallExpr
	ctx   ast.Expr // the context argument, nil for GracefulStop
}

// walk visits every node of interest once.
func (c *checker) walk(insp *inspector.Inspector) {
	filter := []ast.Node{
		(*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil),
		(*ast.Ident)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.ValueSpec)(nil),
	}
	for cur := range insp.Root().Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			c.declare(n)
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.Ident:
			c.ident(cur, n)
		case *ast.AssignStmt:
			c.assign(n)
		case *ast.ValueSpec:
			if len(n.Names) == len(n.Values) {
				for i, id := range n.Names {
					c.bind(id, n.Values[i])
				}
			}
			c.packageVar(cur, n)
		}
	}
	c.order = append(c.order, c.pkgLevel)
}

// declare makes the summary of a function declaration.
func (c *checker) declare(decl *ast.FuncDecl) {
	s := &summary{decl: decl}
	if fn, ok := c.info.Defs[decl.Name].(*types.Func); ok {
		s.fn = fn
		c.decls[fn] = s
	}
	name := strings.ToLower(decl.Name.Name)
	s.wrapper = strings.HasPrefix(name, "fatal") || strings.HasPrefix(name, "exit")
	c.funcs[decl] = s
	c.order = append(c.order, s)
}

// owner returns the summary of the declaration that holds cur, or the
// package level.
func (c *checker) owner(cur inspector.Cursor) *summary {
	for d := range cur.Enclosing((*ast.FuncDecl)(nil)) {
		if s := c.funcs[d.Node().(*ast.FuncDecl)]; s != nil {
			return s
		}
	}
	return c.pkgLevel
}

// call classifies a call of a known API.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn := match.Callee(c.info, call)
	if fn == nil {
		return
	}
	s := c.owner(cur)
	if _, ok := lookup(serveAPIs, fn); ok {
		if c.isLoopback(call) {
			return // a local debug endpoint (pprof on localhost:6060) takes no traffic to drain
		}
		s.serves = append(s.serves, event{at: call.Fun, call: call, cur: cur, chain: []string{funcName(fn)}})
		s.servesAny = true
		return
	}
	if _, ok := lookup(gracefulAPIs, fn); ok {
		s.graceful = true
	}
	if a, ok := lookup(closeAPIs, fn); ok && !(a.Pkg == netPath && isDeferred(cur)) {
		// A deferred Close of the listener runs when Serve has returned
		// anyway: it bounds nothing.
		s.closes = true
	}
	if _, ok := lookup(signalFrameworks, fn); ok {
		s.graceful, s.term = true, true
	}
	if _, ok := lookup(timerAPIs, fn); ok {
		s.timer = true
	}
	for _, d := range deadlineAPIs {
		if d.matches(fn) && !c.inUnjoinedGoroutine(cur) {
			dl := deadline{owner: s, call: call}
			if d.ctxArg >= 0 {
				if d.ctxArg >= len(call.Args) {
					break
				}
				dl.ctx = call.Args[d.ctxArg]
			}
			c.deadlines = append(c.deadlines, dl)
		}
	}
	if _, ok := lookup(notifyAPIs, fn); ok && len(call.Args) > 0 {
		set := c.signalsOf(call)
		if set.handlesStop() {
			s.graceful = true
		}
		if set.term || set.all || set.unknown {
			s.term = true
		}
		if set.interruptOnly() {
			s.interrupts = append(s.interrupts, event{at: call.Fun, call: call, cur: cur, chain: []string{"signal." + fn.Name()}})
		}
		if fn.Name() == "Notify" {
			c.checkUnbuffered(cur, call)
		}
		return
	}
	if libs.ExitsProcess(fn) {
		c.exits = append(c.exits, exitSite{cur: cur, call: call, owner: s, chain: []string{funcName(fn)}, zap: isZapExit(fn)})
		if s.wrapper && s.exit == nil {
			s.exit = []string{funcName(fn)}
		}
	}
}

// ident records references to functions, and to package-level variables
// whose initializers hold function literals (a cobra command and its RunE):
// of this package, resolved after the walk, and of other packages with a
// fact.
func (c *checker) ident(cur inspector.Cursor, id *ast.Ident) {
	var obj types.Object
	switch o := c.info.Uses[id].(type) {
	case *types.Func:
		obj = o.Origin()
	case *types.Var:
		if o.IsField() || !match.IsPackageLevel(o) {
			return
		}
		obj = o
	default:
		return
	}
	if obj.Pkg() == nil {
		return
	}
	if obj.Pkg() == c.pass.Pkg {
		r := ref{owner: c.owner(cur), cur: cur}
		if fn, ok := obj.(*types.Func); ok {
			r.fn = fn
		} else {
			r.v = obj.(*types.Var)
		}
		c.refs = append(c.refs, r)
		return
	}
	f := c.factOf(obj)
	if f == nil {
		return
	}
	if fn, ok := obj.(*types.Func); ok && isTableAPI(fn) {
		return // the tables know these better than their bodies tell
	}
	s := c.owner(cur)
	s.graceful = s.graceful || f.Graceful
	s.term = s.term || f.Term
	s.servesAny = s.servesAny || f.ServesAny
	at, call := c.refSite(cur)
	name := objName(obj)
	if f.Serves != nil {
		s.serves = append(s.serves, event{at: at, callee: obj, chain: prepend(name, f.Serves)})
	}
	if f.Interrupt != nil {
		s.interrupts = append(s.interrupts, event{at: at, callee: obj, chain: prepend(name, f.Interrupt)})
	}
	if f.Exit != nil && call != nil {
		c.exits = append(c.exits, exitSite{cur: c.callCursor(cur), call: call, owner: s, chain: prepend(name, f.Exit)})
		if s.wrapper && s.exit == nil {
			s.exit = prepend(name, f.Exit)
		}
	}
}

// packageVar records the package-level variables whose initializers hold
// function literals.
func (c *checker) packageVar(cur inspector.Cursor, spec *ast.ValueSpec) {
	if _, ok := astx.EnclosingFunc(cur); ok {
		return
	}
	for i, val := range spec.Values {
		e := ast.Unparen(val)
		if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
			e = u.X
		}
		if _, ok := e.(*ast.CompositeLit); ok && i < len(spec.Names) {
			if v, ok := c.info.Defs[spec.Names[i]].(*types.Var); ok {
				c.compositeVars[v] = true
			}
		}
		hasLit := false
		ast.Inspect(val, func(n ast.Node) bool {
			_, isLit := n.(*ast.FuncLit)
			hasLit = hasLit || isLit
			return !hasLit
		})
		if hasLit && i < len(spec.Names) {
			if v, ok := c.info.Defs[spec.Names[i]].(*types.Var); ok {
				c.litVars[v] = true
			}
		} else if hasLit && len(spec.Values) == 1 {
			for _, n := range spec.Names {
				if v, ok := c.info.Defs[n].(*types.Var); ok {
					c.litVars[v] = true
				}
			}
		}
	}
}

// factOf returns the fact of obj, a function or variable of another
// package, or nil. Facts of the standard library are never consulted:
// drivers like nogo do not analyze it.
func (c *checker) factOf(obj types.Object) *lifecycle {
	if f, ok := c.facts[obj]; ok {
		return f
	}
	var f *lifecycle
	if !match.IsStd(obj.Pkg()) {
		f = new(lifecycle)
		if !c.pass.ImportObjectFact(obj, f) {
			f = nil
		}
	}
	c.facts[obj] = f
	return f
}

// refSite returns the range to report for a reference to a function at
// cur: the call's Fun if it is called, the identifier (or selector)
// otherwise, with the call if there is one.
func (c *checker) refSite(cur inspector.Cursor) (analysis.Range, *ast.CallExpr) {
	e := cur
	if e.ParentEdgeKind() == edge.SelectorExpr_Sel {
		e = e.Parent()
	}
	for e.ParentEdgeKind() == edge.ParenExpr_X {
		e = e.Parent()
	}
	if e.ParentEdgeKind() == edge.CallExpr_Fun {
		return e.Node(), e.Parent().Node().(*ast.CallExpr)
	}
	return e.Node(), nil
}

// callCursor returns the cursor of the call whose Fun holds the identifier
// at cur (refSite found one).
func (c *checker) callCursor(cur inspector.Cursor) inspector.Cursor {
	for p := range cur.Enclosing((*ast.CallExpr)(nil)) {
		return p
	}
	return cur
}

// assign records definitions of local variables and marks the variables
// assigned again.
func (c *checker) assign(as *ast.AssignStmt) {
	for i, lhs := range as.Lhs {
		id, ok := ast.Unparen(lhs).(*ast.Ident)
		if !ok {
			continue
		}
		if as.Tok == token.DEFINE {
			if _, ok := c.info.Defs[id].(*types.Var); ok {
				if len(as.Lhs) == len(as.Rhs) {
					c.bind(id, as.Rhs[i])
				} else if len(as.Rhs) == 1 && i == 0 {
					c.bind(id, as.Rhs[0]) // ctx, cancel := context.WithCancel(...)
				}
				continue
			}
		}
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			c.reassigned[v] = true
		}
	}
}

func (c *checker) bind(id *ast.Ident, value ast.Expr) {
	if v, ok := c.info.Defs[id].(*types.Var); ok && match.IsLocal(v) {
		c.bindings[v] = value
	}
}

// binding returns the value local variable v was defined with, if v is
// never assigned again.
func (c *checker) binding(v *types.Var) (ast.Expr, bool) {
	e, ok := c.bindings[v]
	return e, ok && !c.reassigned[v]
}

// resolve turns references to functions of this package into callee edges
// and calls of exit wrappers into exit sites. A reference to a variable
// initialized with function literals (any package-level variable, in
// command code) is an edge to the package level, which reaches the init
// functions.
func (c *checker) resolve() {
	// Exit wrappers of this package that call other wrappers of it.
	for changed := true; changed; {
		changed = false
		for _, r := range c.refs {
			if r.fn == nil {
				continue
			}
			callee := c.decls[r.fn]
			if callee == nil || callee.exit == nil || !r.owner.wrapper || r.owner.exit != nil {
				continue
			}
			if _, call := c.refSite(r.cur); call != nil {
				r.owner.exit = prepend(objName(r.fn), callee.exit)
				changed = true
			}
		}
	}
	for _, s := range c.order {
		if s.decl != nil && s.decl.Recv == nil && s.decl.Name.Name == "init" {
			c.pkgLevel.callees = append(c.pkgLevel.callees, s)
		}
	}
	for _, r := range c.refs {
		callee := c.pkgLevel
		if r.fn != nil {
			callee = c.decls[r.fn]
		} else if !c.litVars[r.v] && !(c.command && c.compositeVars[r.v]) {
			// In command code a variable made with a composite literal
			// may be the root of a command tree that init functions wire
			// (rootCmd, and serveCmd added to it in init): there, those
			// lead to the package level too.
			continue
		}
		if callee == nil || callee == r.owner {
			continue
		}
		r.owner.callees = append(r.owner.callees, callee)
		if callee.exit != nil {
			if _, call := c.refSite(r.cur); call != nil {
				c.exits = append(c.exits, exitSite{cur: c.callCursor(r.cur), call: call, owner: r.owner, chain: prepend(objName(r.fn), callee.exit)})
			}
		}
	}
}

// solve computes, for every summary, what it does through its callees.
func (c *checker) solve() {
	for _, s := range c.order {
		s.sGraceful, s.sCloses, s.sTerm, s.sServesAny = s.graceful, s.closes, s.term, s.servesAny
	}
	for changed := true; changed; {
		changed = false
		for _, s := range c.order {
			for _, k := range s.callees {
				if k.sGraceful && !s.sGraceful {
					s.sGraceful, changed = true, true
				}
				if k.sCloses && !s.sCloses {
					s.sCloses, changed = true, true
				}
				if k.sTerm && !s.sTerm {
					s.sTerm, changed = true, true
				}
				if k.sServesAny && !s.sServesAny {
					s.sServesAny, changed = true, true
				}
			}
		}
	}
	// Chains, shortest first: direct events, then one hop more per round.
	for _, s := range c.order {
		if len(s.serves) > 0 && !s.stops() {
			s.sServe = s.serves[0].chain
		}
		if len(s.interrupts) > 0 && !s.sTerm {
			s.sInterrupt = s.interrupts[0].chain
		}
	}
	for changed := true; changed; {
		changed = false
		type update struct {
			s                 *summary
			serve, interrupts []string
		}
		var updates []update
		for _, s := range c.order {
			var u update
			for _, k := range s.callees {
				if s.sServe == nil && u.serve == nil && !s.stops() && k.sServe != nil {
					u.serve = k.hop(k.sServe)
				}
				if s.sInterrupt == nil && u.interrupts == nil && !s.sTerm && k.sInterrupt != nil {
					u.interrupts = k.hop(k.sInterrupt)
				}
			}
			if u.serve != nil || u.interrupts != nil {
				u.s = s
				updates = append(updates, u)
			}
		}
		for _, u := range updates {
			if u.serve != nil {
				u.s.sServe = u.serve
			}
			if u.interrupts != nil {
				u.s.sInterrupt = u.interrupts
			}
			changed = true
		}
	}
}

// exportFacts exports what the package's exported functions do. The
// standard library exports none (see factOf).
func (c *checker) exportFacts() {
	if match.IsStd(c.pass.Pkg) {
		return
	}
	for _, s := range c.order {
		if s.fn == nil || !s.fn.Exported() || s.decl.Name.Name == "_" {
			continue
		}
		f := &lifecycle{
			Serves:    s.sServe,
			ServesAny: s.sServesAny,
			Graceful:  s.sGraceful,
			Term:      s.sTerm,
			Interrupt: s.sInterrupt,
		}
		if s.wrapper {
			f.Exit = s.exit
		}
		if !f.empty() {
			c.pass.ExportObjectFact(s.fn, f)
		}
	}
	// A variable initialized with function literals does what the
	// package level does.
	p := c.pkgLevel
	f := &lifecycle{Serves: p.sServe, ServesAny: p.sServesAny, Graceful: p.sGraceful, Term: p.sTerm, Interrupt: p.sInterrupt}
	if f.empty() {
		return
	}
	for _, name := range c.pass.Pkg.Scope().Names() {
		if v, ok := c.pass.Pkg.Scope().Lookup(name).(*types.Var); ok && v.Exported() && (c.litVars[v] || c.command && c.compositeVars[v]) {
			c.pass.ExportObjectFact(v, f)
		}
	}
}

// objName renders a function or a package-level variable for a message:
// pkg.Func, (*pkg.T).Method, pkg.Var.
func objName(obj types.Object) string {
	if fn, ok := obj.(*types.Func); ok {
		return funcName(fn)
	}
	if obj.Pkg() != nil {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

// funcName renders fn for a message: pkg.Func or (*pkg.T).Method, with the
// package's name.
func funcName(fn *types.Func) string {
	sig := fn.Signature()
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		ptr := ""
		if p, ok := types.Unalias(t).(*types.Pointer); ok {
			ptr, t = "*", p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			obj := named.Origin().Obj()
			q := ""
			if obj.Pkg() != nil {
				q = obj.Pkg().Name() + "."
			}
			return "(" + ptr + q + obj.Name() + ")." + fn.Name()
		}
		return fn.Name()
	}
	if fn.Pkg() != nil {
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return fn.Name()
}

// isTableAPI reports whether fn is in one of the tables of APIs.
func isTableAPI(fn *types.Func) bool {
	for _, t := range [][]api{serveAPIs, gracefulAPIs, closeAPIs, signalFrameworks, notifyAPIs, timerAPIs} {
		if _, ok := lookup(t, fn); ok {
			return true
		}
	}
	return libs.ExitsProcess(fn)
}

// isDeferred reports whether the call at cur is a deferred call.
func isDeferred(cur inspector.Cursor) bool {
	return astx.UnparenUp(cur).ParentEdgeKind() == edge.DeferStmt_Call
}

func prepend(head string, chain []string) []string {
	return append([]string{head}, chain...)
}

// renderChain joins a chain with arrows, eliding the middle of long ones.
func renderChain(chain []string) string {
	if len(chain) > maxChain {
		chain = append(append(chain[:maxChain-2:maxChain-2], "…"), chain[len(chain)-1])
	}
	return strings.Join(chain, " → ")
}

// isLoopback reports whether a serve call listens on a constant loopback
// address: http.ListenAndServe("localhost:6060", nil), or a method of a
// local http.Server made with such an Addr.
func (c *checker) isLoopback(call *ast.CallExpr) bool {
	var addr ast.Expr
	fn := match.Callee(c.info, call)
	switch {
	case match.IsFunc(fn, httpPath, "ListenAndServe", "ListenAndServeTLS") && len(call.Args) > 0:
		addr = call.Args[0]
	case match.IsMethod(fn, httpPath, "Server", "ListenAndServe", "ListenAndServeTLS"):
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			return false
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || !match.IsLocal(v) {
			return false
		}
		val, ok := c.binding(v)
		if !ok {
			return false
		}
		if u, ok := ast.Unparen(val).(*ast.UnaryExpr); ok && u.Op == token.AND {
			val = u.X
		}
		lit, ok := ast.Unparen(val).(*ast.CompositeLit)
		if !ok {
			return false
		}
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Addr" {
					addr = kv.Value
				}
			}
		}
	}
	if addr == nil {
		return false
	}
	s, ok := astx.ConstString(c.info, addr)
	if !ok {
		return false
	}
	host, _, found := strings.Cut(s, ":")
	if strings.HasPrefix(s, "[") {
		host, _, found = strings.Cut(strings.TrimPrefix(s, "["), "]")
	}
	return found && (host == "localhost" || host == "::1" || strings.HasPrefix(host, "127."))
}

// startupPrefixes begin the names of functions that run once at startup:
// constructors and initializers.
var startupPrefixes = []string{"new", "must", "init", "initialize", "setup", "configure"}

// isStartupName reports whether name is a constructor's or an
// initializer's: New, NewServer, mustLoad, InitDB, setupTracing, and the
// exported builders (BuildShards); not Newline or Initials, and not an
// unexported builder (buildResponse), which request paths use.
func isStartupName(name string) bool {
	lower := strings.ToLower(name)
	prefixes := startupPrefixes
	if ast.IsExported(name) {
		prefixes = append(prefixes[:len(prefixes):len(prefixes)], "build")
	}
	for _, p := range prefixes {
		if !strings.HasPrefix(lower, p) {
			continue
		}
		if len(name) == len(p) {
			return true
		}
		r := rune(name[len(p)])
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '_' {
			return true
		}
	}
	return false
}

// markStartup marks the summaries of startup code: package-level
// initializers, init functions, constructors and initializers by name, and
// the unexported functions that only startup code references.
func (c *checker) markStartup() {
	c.pkgLevel.startup = true
	for _, s := range c.order {
		if s.decl != nil && (s.decl.Name.Name == "init" && s.decl.Recv == nil || isStartupName(s.decl.Name.Name)) {
			s.startup = true
		}
	}
	callers := make(map[*summary][]*summary)
	for _, r := range c.refs {
		if r.fn == nil {
			continue
		}
		if k := c.decls[r.fn]; k != nil && k != r.owner {
			callers[k] = append(callers[k], r.owner)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, s := range c.order {
			if s.startup || s.fn == nil || s.fn.Exported() || len(callers[s]) == 0 {
				continue
			}
			all := true
			for _, k := range callers[s] {
				all = all && k.startup
			}
			if all {
				s.startup, changed = true, true
			}
		}
	}
}
