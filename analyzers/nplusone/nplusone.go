package nplusone

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures nplusone. The zero value is the recommended default.
type Config struct {
	Tests bool   // also report in _test.go files
	Funcs string // more round-trip APIs, comma-separated, as (*pkg/path.T).Method or pkg/path.Func
}

// Analyzer is nplusone with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a nplusone analyzer using cfg; its flags bind into a copy of cfg
// and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "nplusone",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(roundTrip)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.Var(match.FuncNameList{List: &cfg.Funcs}, "funcs", // checked when set, before packages load
		"comma-separated functions that make a database round trip, as (*pkg/path.T).Method or pkg/path.Func")
	return a
}

// Categories.
const (
	catInLoop      = "query-in-loop"
	catViaCall     = "query-via-call"
	catGoroutine   = "query-in-goroutine-loop"
	maxChain       = 4 // hops shown in a message
	maxBindingHops = 4 // variables followed to find a function value
)

// roundTrip is the fact that a function makes a database round trip on
// some path, directly or through its callees.
type roundTrip struct {
	Chain []string // the callees from the function down to the round-trip API, last
	Lib   string   // the library of that API, which picks the batching advice
	Op    string   // what the round trip does, if known: opWrite for inserts and updates
}

func (*roundTrip) AFact()         {}
func (*roundTrip) String() string { return "roundtrip" }

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	custom, err := parseFuncs(strings.Split(cfg.Funcs, ","))
	if err != nil {
		return nil, err
	}
	if !reachesDB(pass.Pkg, custom) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil // nothing here can make a round trip
	}
	c := &checker{
		pass:       pass,
		info:       pass.TypesInfo,
		rep:        rep,
		custom:     custom,
		entPkgs:    make(map[*types.Package]bool),
		ifaceCache: make(map[*types.Func]*types.Func),
		funcs:      make(map[ast.Node]*funcInfo),
		decls:      make(map[*types.Func]*funcInfo),
		batches:    make(map[ast.Stmt]map[*types.Var]bool),
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.locals = locals.New(c.info, insp.Root())
	c.walk(insp)
	c.classify()
	c.solve()
	c.exportFacts()
	c.decide()
	return nil, nil
}

// reachesDB reports whether pkg can reach a package whose calls are round
// trips.
func reachesDB(pkg *types.Package, custom []match.FuncName) bool {
	for _, p := range libs.DBPaths() {
		if match.Reaches(pkg, p) {
			return true
		}
	}
	for _, k := range custom {
		if match.Reaches(pkg, k.Pkg) {
			return true
		}
	}
	return false
}

// checker holds the state of one pass.
type checker struct {
	pass   *analysis.Pass
	info   *types.Info
	rep    *report.Reporter
	custom []match.FuncName

	entPkgs     map[*types.Package]bool
	ifaceCache  map[*types.Func]*types.Func
	dbTypesList []types.Type
	dbTypesDone bool

	calls   []inspector.Cursor        // every call inside a function, in source order
	funcs   map[ast.Node]*funcInfo    // by *ast.FuncDecl or *ast.FuncLit
	order   []*funcInfo               // funcs in source order
	decls   map[*types.Func]*funcInfo // declared functions of this package
	locals  *locals.Index             // what the package does with its variables
	batches map[ast.Stmt]map[*types.Var]bool
	sites   []site // calls and goroutines that may be in a loop
	diags   []analysis.Diagnostic
}

// funcInfo summarizes one function or function literal.
type funcInfo struct {
	node  ast.Node
	steps []step // its round trips and calls, in source order

	chain []string      // how it makes a round trip (nil: it makes none)
	lib   string        //
	op    string        // what the round trip does (opRead when not known)
	via   *ast.CallExpr // the call of the chain's first hop, in this function
}

// step is a call a function makes that is, or may lead to, a round trip.
type step struct {
	call *ast.CallExpr
	t    target
}

// target is what a call calls, as far as round trips are concerned: a known
// round trip (api), a function that may make one (fn, of this package or
// with a fact), or a function literal.
type target struct {
	api  *types.Func // a round-trip API; lib tells which library
	lib  string
	fn   *types.Func
	lit  *ast.FuncLit
	fact *roundTrip // fn's imported fact
}

func (t target) zero() bool { return t.api == nil && t.fn == nil && t.lit == nil }

// site is a call or goroutine start that is reported if it sits in a loop
// over data and its target makes a round trip.
type site struct {
	cur       inspector.Cursor // the call, or the go statement
	call      *ast.CallExpr    // the call (for a go statement, its call)
	t         target
	goroutine bool
}

// walk makes the one pass over the syntax: it records calls and
// goroutine starts.
func (c *checker) walk(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil)) {
		c.calls = append(c.calls, cur)
	}
}

// binding returns the value v was defined with, if v is never assigned
// again.
func (c *checker) binding(v *types.Var) (ast.Expr, bool) {
	return c.locals.Of(v).Binding()
}

// info returns the summary of the function declaration or literal at cur,
// made on first use.
func (c *checker) infoOf(cur inspector.Cursor) *funcInfo {
	n := cur.Node()
	if fi, ok := c.funcs[n]; ok {
		return fi
	}
	fi := &funcInfo{node: n}
	c.funcs[n] = fi
	c.order = append(c.order, fi)
	if decl, ok := n.(*ast.FuncDecl); ok {
		if fn, ok := c.info.Defs[decl.Name].(*types.Func); ok {
			c.decls[fn] = fi
		}
	}
	return fi
}

// classify resolves what every call calls, adds it to its function's
// summary, and records the sites to judge.
func (c *checker) classify() {
	// Declarations first, so that calls of functions declared later in the
	// file resolve to them.
	for _, cur := range c.calls {
		if fcur, ok := astx.EnclosingFunc(cur); ok {
			for f := range fcur.Enclosing((*ast.FuncDecl)(nil)) {
				c.infoOf(f)
			}
		}
	}
	for _, cur := range c.calls {
		fcur, ok := astx.EnclosingFunc(cur)
		if !ok {
			continue // a package-level initializer runs once
		}
		call := cur.Node().(*ast.CallExpr)
		t, goroutine := c.targetOf(call)
		if t.zero() || c.isCacheFill(cur, fcur) {
			continue
		}
		owner := c.infoOf(fcur)
		owner.steps = append(owner.steps, step{call: call, t: t})
		pcur := astx.UnparenUp(cur)
		switch {
		case goroutine:
			c.sites = append(c.sites, site{cur: cur, call: call, t: t, goroutine: true})
		case pcur.ParentEdgeKind() == edge.GoStmt_Call:
			c.sites = append(c.sites, site{cur: pcur.Parent(), call: call, t: t, goroutine: true})
		case t.lit != nil && ast.Unparen(call.Fun) == t.lit:
			// func() { ... }() runs in place: its calls are judged where they are
		default:
			c.sites = append(c.sites, site{cur: cur, call: call, t: t})
		}
	}
}

// targetOf returns what call calls. For errgroup's Go and sync.WaitGroup's
// Go, it returns the function they run, with goroutine set.
func (c *checker) targetOf(call *ast.CallExpr) (t target, goroutine bool) {
	fn := match.Callee(c.info, call)
	if fn == nil {
		return c.funcValue(call.Fun, 0), false
	}
	if (match.IsMethod(fn, errgrpPath, "Group", "Go", "TryGo") || match.IsMethod(fn, "sync", "WaitGroup", "Go")) && len(call.Args) == 1 {
		return c.funcValue(call.Args[0], 0), true
	}
	if lib, ok := c.apiLib(fn); ok {
		return target{api: fn, lib: lib}, false
	}
	if m, ok := c.viaInterface(fn); ok {
		lib, _ := c.apiLib(m)
		return target{api: fn, lib: lib}, false
	}
	return c.funcTarget(fn), false
}

// funcTarget returns fn as a target if it may make a round trip: it is
// declared in this package or carries a fact.
func (c *checker) funcTarget(fn *types.Func) target {
	if fn.Pkg() == c.pass.Pkg {
		return target{fn: fn}
	}
	var f roundTrip
	if c.pass.ImportObjectFact(fn, &f) {
		return target{fn: fn, fact: &f}
	}
	return target{}
}

// funcValue returns the function a function-valued expression denotes: a
// literal, a function or method value, or a local variable bound once to
// one of those.
func (c *checker) funcValue(e ast.Expr, hops int) target {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.FuncLit:
		return target{lit: e}
	case *ast.IndexExpr: // an explicit instantiation, f[T]
		return c.funcValue(e.X, hops)
	case *ast.IndexListExpr:
		return c.funcValue(e.X, hops)
	case *ast.SelectorExpr:
		if sel, ok := c.info.Selections[e]; ok {
			if fn, ok := sel.Obj().(*types.Func); ok {
				return c.callTargetOf(fn)
			}
			return target{}
		}
		return c.funcValue(e.Sel, hops)
	case *ast.Ident:
		switch obj := c.info.Uses[e].(type) {
		case *types.Func:
			return c.callTargetOf(obj.Origin())
		case *types.Var:
			if hops >= maxBindingHops || !match.IsLocal(obj) {
				return target{} // not a local variable
			}
			if v, ok := c.binding(obj); ok {
				return c.funcValue(v, hops+1)
			}
		}
	}
	return target{}
}

// callTargetOf is targetOf for a function value.
func (c *checker) callTargetOf(fn *types.Func) target {
	fn = fn.Origin()
	if lib, ok := c.apiLib(fn); ok {
		return target{api: fn, lib: lib}
	}
	return c.funcTarget(fn)
}

// solve computes, for every function of the package, whether and how it
// makes a round trip, shortest chains first.
func (c *checker) solve() {
	for _, fi := range c.order {
		for _, s := range fi.steps {
			if s.t.api != nil {
				fi.chain, fi.lib, fi.via = []string{funcName(s.t.api)}, s.t.lib, s.call
				fi.op = c.opOf(s.call, s.t.api, s.t.lib)
				break
			}
		}
	}
	for {
		type update struct {
			fi    *funcInfo
			chain []string
			lib   string
			op    string
			via   *ast.CallExpr
		}
		var updates []update
		for _, fi := range c.order {
			if fi.chain != nil {
				continue
			}
			for _, s := range fi.steps {
				if chain, lib, op, ok := c.chainOf(s.t); ok {
					if op == opRead {
						op = c.opOfArgs(s.call, nil) // a helper given the statement
					}
					updates = append(updates, update{fi, chain, lib, op, s.call})
					break
				}
			}
		}
		if len(updates) == 0 {
			return
		}
		for _, u := range updates {
			u.fi.chain, u.fi.lib, u.fi.op, u.fi.via = u.chain, u.lib, u.op, u.via
		}
	}
}

// chainOf returns the chain of callees through which a call of t makes a
// round trip, t itself first, as known so far.
func (c *checker) chainOf(t target) (chain []string, lib, op string, ok bool) {
	switch {
	case t.api != nil:
		return []string{funcName(t.api)}, t.lib, opRead, true // the call tells the op
	case t.fact != nil:
		return append([]string{funcName(t.fn)}, t.fact.Chain...), t.fact.Lib, t.fact.Op, true
	case t.fn != nil:
		if fi := c.decls[t.fn]; fi != nil && fi.chain != nil {
			return append([]string{funcName(t.fn)}, fi.chain...), fi.lib, fi.op, true
		}
	case t.lit != nil:
		if fi := c.funcs[t.lit]; fi != nil && fi.chain != nil {
			return slices.Clone(fi.chain), fi.lib, fi.op, true // a literal has no name to show
		}
	}
	return nil, "", opRead, false
}

// exportFacts exports a fact on every declared function that makes a round
// trip.
func (c *checker) exportFacts() {
	for _, fi := range c.order {
		decl, ok := fi.node.(*ast.FuncDecl)
		if !ok || fi.chain == nil || decl.Name.Name == "_" {
			continue
		}
		if fn, ok := c.info.Defs[decl.Name].(*types.Func); ok {
			c.pass.ExportObjectFact(fn, &roundTrip{Chain: fi.chain, Lib: fi.lib, Op: fi.op})
		}
	}
}

// decide reports the sites that sit in a loop over data and make a round
// trip, in source order.
func (c *checker) decide() {
	for _, s := range c.sites {
		chain, lib, op, ok := c.chainOf(s.t)
		if !ok {
			continue
		}
		loop, ok := c.dataLoop(s.cur)
		if !ok || c.isExempt(s, loop) {
			continue
		}
		if s.t.api != nil {
			op = c.opOf(s.call, s.t.api, lib)
		} else if o := c.opOfArgs(s.call, nil); o != opRead {
			op = o // the call hands a helper the statement
		}
		related := []analysis.RelatedInformation{report.Related(loopHeader(loop), "the loop over items starts here")}
		var d analysis.Diagnostic
		switch {
		case s.goroutine:
			rng := analysis.Range(s.call.Fun)
			if g, ok := s.cur.Node().(*ast.GoStmt); ok {
				rng = report.Span(g.Go, g.Go+2)
			}
			head := c.head(s.call, s.t)
			if s.t.lit != nil {
				if fi := c.funcs[s.t.lit]; fi != nil && fi.via != nil {
					related = append(related, report.Related(fi.via.Fun, "the goroutine's round trip"))
				}
			} else if head != "" {
				chain = chain[1:] // the head names the callee
			}
			d = diag(rng, catGoroutine, "a goroutine per item calls %s (parallel N+1 query); %s",
				renderChain(head, chain), advice(lib, op))
		case s.t.api != nil:
			d = diag(s.call.Fun, catInLoop, "%s in a loop: a database round trip per item (N+1 query); %s",
				funcName(s.t.api), advice(lib, op))
		default:
			if s.t.lit == nil && match.Callee(c.info, s.call) != nil {
				chain = chain[1:] // the head names the callee
			}
			d = diag(s.call.Fun, catViaCall, "%s in a loop: a database round trip per item (N+1 query); %s",
				renderChain(types.ExprString(s.call.Fun), chain), advice(lib, op))
		}
		d.Related = related
		c.rep.Report(d)
	}
}

// isExempt reports whether the round trip of s, in loop, is not an N+1
// query: it sends a batch, changes the schema, or runs a statement taken
// from the item.
func (c *checker) isExempt(s site, loop ast.Stmt) bool {
	if c.isBatch(s.call, loop) {
		return true
	}
	if s.goroutine {
		return false
	}
	var api *types.Func // a database API whose string parameter is the statement
	if s.t.api != nil && s.t.lib != libCustom && s.t.lib != libEnt {
		api = s.t.api
	}
	if c.isSchemaChange(s.call, api, loop) {
		return true
	}
	return api != nil && c.isStatementList(s.call, api, loop)
}

// head renders the called function of a goroutine site.
func (c *checker) head(call *ast.CallExpr, t target) string {
	if t.lit != nil {
		return ""
	}
	if fn := match.Callee(c.info, call); fn != nil && !match.IsMethod(fn, errgrpPath, "Group", "Go", "TryGo") && !match.IsMethod(fn, "sync", "WaitGroup", "Go") {
		return types.ExprString(call.Fun)
	}
	if len(call.Args) == 1 {
		return types.ExprString(call.Args[0])
	}
	return ""
}

// renderChain joins head and the chain with arrows, eliding the middle of
// long chains.
func renderChain(head string, chain []string) string {
	if len(chain) > maxChain {
		chain = append(append(slices.Clip(chain[:maxChain-2]), "…"), chain[len(chain)-1])
	}
	parts := chain
	if head != "" {
		parts = append([]string{head}, chain...)
	}
	return strings.Join(parts, " → ")
}

func diag(rng analysis.Range, category, format string, args ...any) analysis.Diagnostic {
	d := analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Category: category}
	d.Message = fmt.Sprintf(format, args...)
	return d
}

// loopHeader returns the range of a loop's header, from the keyword to the
// opening brace.
func loopHeader(loop ast.Stmt) analysis.Range {
	switch l := loop.(type) {
	case *ast.RangeStmt:
		return report.Span(l.For, l.Body.Lbrace)
	case *ast.ForStmt:
		return report.Span(l.For, l.Body.Lbrace)
	}
	return loop
}
