package ctxprop

import (
	_ "embed"
	"go/ast"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures ctxprop. The zero value is the recommended default.
type Config struct {
	Tests    bool // also report in _test.go files
	LogFuncs bool // also report log calls that have a *Context variant (slog.Info vs slog.InfoContext)
}

// Analyzer is ctxprop with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a ctxprop analyzer using cfg; its flags bind into a copy of cfg
// and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "ctxprop",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(freshFact), new(ignoresFact)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.BoolVar(&cfg.LogFuncs, "log-funcs", cfg.LogFuncs,
		"also report log calls that have a *Context variant, such as slog.Info (use slog.InfoContext)")
	return a
}

// Categories.
const (
	catNewContext = "new-context"
	catNoVariant  = "no-ctx-variant"
	catLost       = "lost-in-callee"
	catGoroutine  = "request-ctx-in-goroutine"
	catCancelled  = "cancelled-ctx-in-goroutine"
)

const (
	contextPath = "context"
	httpPath    = "net/http"
	oauth2Path  = "golang.org/x/oauth2"
)

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	if !match.Reaches(pass.Pkg, contextPath) {
		return nil, nil // no context can be in scope, made or passed on here
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		info:     pass.TypesInfo,
		cfg:      cfg,
		rep:      rep,
		root:     insp.Root(),
		follow:   !match.IsStd(pass.Pkg),
		funcs:    make(map[*types.Func]*funcInfo),
		reported: make(map[*ast.CallExpr]bool),

		ignoring:     make(map[*types.Func]bool),
		ifaceIgnores: make(map[*types.Func]bool),
	}
	if c.follow {
		c.findIgnoring()
	}
	c.walk()
	c.propagate()
	c.reportLost()
	return nil, nil
}

// checker holds the state of one pass.
type checker struct {
	pass   *analysis.Pass
	info   *types.Info
	cfg    *Config
	rep    *report.Reporter
	root   inspector.Cursor
	follow bool // lost-in-callee is computed for this package (it is not the standard library)

	funcs    map[*types.Func]*funcInfo // functions declared here, for lost-in-callee
	decls    []*funcInfo               // the same, in source order
	pending  []pendingCall             // calls made where a context is in scope
	reported map[*ast.CallExpr]bool    // calls reported as no-ctx-variant

	ignoring     map[*types.Func]bool // functions declared here whose context parameters are blank or unused
	ifaceIgnores map[*types.Func]bool // interface methods: whether every implementation in sight ignores its context
	modPkgs      []*types.Package     // this package and the module's packages it imports, once computed

	funcUses map[*types.Func][]inspector.Cursor // where unexported functions are mentioned, once computed
}

// walk visits every call and go statement once, in source order.
func (c *checker) walk() {
	filter := []ast.Node{
		(*ast.FuncDecl)(nil),
		(*ast.CallExpr)(nil),
		(*ast.GoStmt)(nil),
	}
	for cur := range c.root.Preorder(filter...) {
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			c.funcDecl(n)
		case *ast.CallExpr:
			c.call(cur, n)
		case *ast.GoStmt:
			c.goStmt(cur, n)
		}
	}
}

// call dispatches one call to the rules.
func (c *checker) call(cur inspector.Cursor, call *ast.CallExpr) {
	fn := match.Callee(c.info, call)
	if fn == nil {
		return
	}
	pl := c.placeOf(cur)
	if isFresh(fn) {
		c.freshSite(cur, call, fn, pl)
		if pl.src != nil {
			c.newContext(cur, call, fn, pl.src)
		}
		return
	}
	if isGoCallee(fn) {
		c.startsGoroutine(cur)
	}
	c.edge(call, fn, pl)
	c.unbound(call, fn, pl)
	if pl.src != nil {
		c.noVariant(cur, call, fn, pl.src)
		if c.follow && !match.IsStd(fn.Pkg()) {
			c.pending = append(c.pending, pendingCall{call: call, callee: fn, src: pl.src})
		}
	}
}

// isFresh reports whether fn makes a context with no deadline and no
// cancellation.
func isFresh(fn *types.Func) bool {
	return match.IsFunc(fn, contextPath, "Background", "TODO")
}

// callee returns the function call statically calls, as an object that is
// nil (and not a nil *types.Func) when there is none, for the match
// predicates.
func callee(info *types.Info, call *ast.CallExpr) types.Object {
	if fn := match.Callee(info, call); fn != nil {
		return fn
	}
	return nil
}
