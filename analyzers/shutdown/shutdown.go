package shutdown

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
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
	Tests bool // also report in _test.go files and in packages that support tests
}

// Analyzer is shutdown with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a shutdown analyzer using cfg; its flags bind into a copy of
// cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	return declare.Analyzer(declare.Spec{
		Name:      "shutdown",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
		FactTypes: []analysis.Fact{new(lifecycle)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep) },
	})
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

func run(pass *analysis.Pass, rep *report.Reporter) (any, error) {
	c := &checker{
		pass:       pass,
		info:       pass.TypesInfo,
		rep:        rep,
		cfgs:       pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		command:    role.IsCommand(pass.Pkg),
		funcs:      make(map[*ast.FuncDecl]*summary),
		decls:      make(map[*types.Func]*summary),
		facts:      make(map[*types.Func]*lifecycle),
		bindings:   make(map[*types.Var]ast.Expr),
		reassigned: make(map[*types.Var]bool),
		deferCache: make(map[ast.Node][]*ast.DeferStmt),
	}
	c.library = !c.command && !isLoggingPackage(pass.Pkg.Name())
	c.pkgLevel = &summary{}
	c.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	c.resolve()
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
	facts    map[*types.Func]*lifecycle // imported facts, nil when there is none

	refs       []ref       // references to functions of this package
	exits      []exitSite  // calls that end the process
	deadlines  []deadline  // stops that may wait with no deadline
	bindings   map[*types.Var]ast.Expr
	reassigned map[*types.Var]bool
	deferCache map[ast.Node][]*ast.DeferStmt
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

	// Solved over callees.
	sGraceful, sCloses, sTerm, sServesAny bool
	sServe, sInterrupt           []string
}

// stops reports whether s, through its callees, stops a server (or closes
// one) or handles SIGTERM or SIGINT: then the servers it starts are
// accounted for.
func (s *summary) stops() bool { return s.sGraceful || s.sCloses }

// event is a place in a function where it serves or subscribes to signals,
// directly (api) or through a function of another package (fact).
type event struct {
	at    analysis.Range // what to report: the call's Fun, or the function value
	call  *ast.CallExpr    // the call, for a direct API call
	cur   inspector.Cursor // the call's cursor, for a direct API call
	chain []string         // the API, or the callee and its fact's chain
}

// ref is a reference to a function declared in this package.
type ref struct {
	owner *summary
	fn    *types.Func
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
	if a, ok := lookup(serveAPIs, fn); ok {
		s.serves = append(s.serves, event{at: call.Fun, call: call, cur: cur, chain: []string{apiName(fn, a)}})
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
		if d.matches(fn) {
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
	if a, ok := lookup(exitAPIs, fn); ok {
		c.exits = append(c.exits, exitSite{cur: cur, call: call, owner: s, chain: []string{apiName(fn, a)}, zap: isZapExit(a)})
		if s.wrapper && s.exit == nil {
			s.exit = []string{apiName(fn, a)}
		}
	}
}

// ident records references to functions: of this package, resolved after
// the walk, and of other packages with a fact.
func (c *checker) ident(cur inspector.Cursor, id *ast.Ident) {
	fn, ok := c.info.Uses[id].(*types.Func)
	if !ok {
		return
	}
	fn = fn.Origin()
	if fn.Pkg() == nil {
		return
	}
	if fn.Pkg() == c.pass.Pkg {
		c.refs = append(c.refs, ref{owner: c.owner(cur), fn: fn, cur: cur})
		return
	}
	f := c.factOf(fn)
	if f == nil || isTableAPI(fn) {
		return // the tables know these better than their bodies tell
	}
	s := c.owner(cur)
	s.graceful = s.graceful || f.Graceful
	s.term = s.term || f.Term
	s.servesAny = s.servesAny || f.ServesAny
	at, call := c.refSite(cur)
	name := funcName(fn)
	if f.Serves != nil {
		s.serves = append(s.serves, event{at: at, chain: prepend(name, f.Serves)})
	}
	if f.Interrupt != nil {
		s.interrupts = append(s.interrupts, event{at: at, chain: prepend(name, f.Interrupt)})
	}
	if f.Exit != nil && call != nil {
		c.exits = append(c.exits, exitSite{cur: c.callCursor(cur), call: call, owner: s, chain: prepend(name, f.Exit)})
		if s.wrapper && s.exit == nil {
			s.exit = prepend(name, f.Exit)
		}
	}
}

// factOf returns the fact of fn, a function of another package, or nil.
// Facts of the standard library are never consulted: drivers like nogo do
// not analyze it.
func (c *checker) factOf(fn *types.Func) *lifecycle {
	if f, ok := c.facts[fn]; ok {
		return f
	}
	var f *lifecycle
	if !match.IsStd(fn.Pkg()) {
		f = new(lifecycle)
		if !c.pass.ImportObjectFact(fn, f) {
			f = nil
		}
	}
	c.facts[fn] = f
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
// and calls of exit wrappers into exit sites.
func (c *checker) resolve() {
	// Exit wrappers of this package that call other wrappers of it.
	for changed := true; changed; {
		changed = false
		for _, r := range c.refs {
			callee := c.decls[r.fn]
			if callee == nil || callee.exit == nil || !r.owner.wrapper || r.owner.exit != nil {
				continue
			}
			if _, call := c.refSite(r.cur); call != nil {
				r.owner.exit = prepend(funcName(r.fn), callee.exit)
				changed = true
			}
		}
	}
	for _, r := range c.refs {
		callee := c.decls[r.fn]
		if callee == nil || callee == r.owner {
			continue
		}
		r.owner.callees = append(r.owner.callees, callee)
		if callee.exit != nil {
			if _, call := c.refSite(r.cur); call != nil {
				c.exits = append(c.exits, exitSite{cur: c.callCursor(r.cur), call: call, owner: r.owner, chain: prepend(funcName(r.fn), callee.exit)})
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
				if s.sServe == nil && u.serve == nil && !s.stops() && k.sServe != nil && k.fn != nil {
					u.serve = prepend(funcName(k.fn), k.sServe)
				}
				if s.sInterrupt == nil && u.interrupts == nil && !s.sTerm && k.sInterrupt != nil && k.fn != nil {
					u.interrupts = prepend(funcName(k.fn), k.sInterrupt)
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

// apiName renders a table API for a message.
func apiName(fn *types.Func, _ api) string {
	return funcName(fn)
}

// isTableAPI reports whether fn is in one of the tables of APIs.
func isTableAPI(fn *types.Func) bool {
	for _, t := range [][]api{serveAPIs, gracefulAPIs, closeAPIs, signalFrameworks, notifyAPIs, exitAPIs, timerAPIs} {
		if _, ok := lookup(t, fn); ok {
			return true
		}
	}
	return false
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
