package unboundedretry

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures unboundedretry. The zero value is the recommended default.
type Config struct {
	Tests bool // also report in _test.go files
}

// Analyzer is unboundedretry with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns an unboundedretry analyzer using cfg; its flags bind into a
// copy of cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:     "unboundedretry",
		DocFile:  docFile,
		Requires: []*analysis.Analyzer{inspect.Analyzer, ctrlflow.Analyzer},
		Tests:    &cfg.Tests,
		Run:      func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	return a
}

// Categories.
const (
	catUnbounded      = "unbounded"
	catNoBackoff      = "no-backoff"
	catLibraryForever = "library-forever"
)

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	// Retry loops need no import, so there is no package-level fast path
	// for them; each loop is filtered cheaply (see isRetryCandidate)
	// before any control flow is examined. The library checks are
	// skipped unless a retry library is reachable.
	c := &checker{
		pass: pass,
		info: pass.TypesInfo,
		rep:  rep,
		cfgs: pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs),
		libs: slices.ContainsFunc(libs.RetryPaths(), func(p string) bool { return match.Reaches(pass.Pkg, p) }),
	}
	insp := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c.root = insp.Root()
	c.walk(insp)
	return nil, nil
}

// checker holds the state of one pass.
type checker struct {
	pass  *analysis.Pass
	info  *types.Info
	rep   *report.Reporter
	cfgs  *ctrlflow.CFGs
	libs  bool                          // a retry library is reachable
	decls map[*types.Func]*ast.FuncDecl // functions declared in the package, made on first use
	root  inspector.Cursor              // the package's syntax
	vars  *locals.Index                 // what the package does with its variables, made on first use
}

// walk visits every loop and call once.
func (c *checker) walk(insp *inspector.Inspector) {
	filter := []ast.Node{(*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.CallExpr)(nil)}
	for cur := range insp.Root().Preorder(filter...) {
		if c.rep.Skips(cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			c.loop(cur, n.(ast.Stmt))
		case *ast.CallExpr:
			if c.libs {
				c.libraryCall(cur, n)
			}
		}
	}
}

// funcDecl returns the declaration of fn if it is declared in this package.
func (c *checker) funcDecl(fn *types.Func) *ast.FuncDecl {
	if fn == nil || fn.Pkg() != c.pass.Pkg {
		return nil
	}
	if c.decls == nil {
		c.decls = make(map[*types.Func]*ast.FuncDecl)
		for _, f := range c.pass.Files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
					if obj, ok := c.info.Defs[fd.Name].(*types.Func); ok {
						c.decls[obj] = fd
					}
				}
			}
		}
	}
	return c.decls[fn]
}

// report queues a diagnostic, with related information when rel is not nil.
func (c *checker) report(rng analysis.Range, category string, rel []analysis.RelatedInformation, format string, args ...any) {
	c.rep.Report(analysis.Diagnostic{
		Pos:      rng.Pos(),
		End:      rng.End(),
		Category: category,
		Message:  fmt.Sprintf(format, args...),
		Related:  rel,
	})
}

// isContextErr reports whether call asks a context for its error
// (ctx.Err() or context.Cause(ctx)): a cancellation check, not an operation.
func isContextErr(info *types.Info, call *ast.CallExpr) bool {
	fn := match.Callee(info, call)
	if fn == nil {
		return false
	}
	if isFunc(fn, "context", "Cause") {
		return true
	}
	if fn.Name() != "Err" || fn.Signature().Recv() == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	return match.ImplementsContext(info.TypeOf(sel.X))
}

// constUint reports the value of e if it is an integer constant.
func constUint(info *types.Info, e ast.Expr) (int64, bool) {
	return astx.ConstInt(info, e)
}

// isFunc is match.IsFunc for a callee that may be nil (a nil *types.Func
// must not become a non-nil types.Object).
func isFunc(fn *types.Func, pkgPath string, names ...string) bool {
	return fn != nil && match.IsFunc(fn, pkgPath, names...)
}
