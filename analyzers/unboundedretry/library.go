package unboundedretry

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// libraryCall checks a call to a retry library's entry point.
func (c *checker) libraryCall(cur inspector.Cursor, call *ast.CallExpr) {
	fn := match.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil {
		return
	}
	switch fn.Pkg().Path() {
	case libs.RetryGoPath:
		if isFunc(fn, libs.RetryGoPath, "Do", "DoWithData") {
			c.retryGo(cur, call)
		}
	case libs.BackoffPath:
		if isFunc(fn, libs.BackoffPath, "Retry", "RetryNotify", "RetryNotifyWithTimer",
			"RetryWithData", "RetryNotifyWithData", "RetryNotifyWithTimerAndData") && len(call.Args) >= 2 {
			c.backoffRetry(cur, call)
		}
	case libs.GoRetryPath:
		switch {
		case isFunc(fn, libs.GoRetryPath, "Do", "DoValue") && len(call.Args) == 3:
			c.goRetry(cur, call, call.Args[1])
		case isFunc(fn, libs.GoRetryPath, "Constant", "Exponential", "Fibonacci") && len(call.Args) == 3:
			c.goRetry(cur, call, nil)
		}
	}
}

// A verdict is what is known of a retry configuration.
type verdict int

const (
	unknown verdict = iota // cannot tell: stay silent
	bounded                // it gives up by itself
	forever                // it never gives up
)

// A config is the verdict on a retry configuration, with the expression
// that makes it retry forever and a description of it.
type config struct {
	verdict verdict
	at      ast.Node
	what    string
}

func boundedConfig() config { return config{verdict: bounded} }
func unknownConfig() config { return config{verdict: unknown} }

// reportLibrary reports a library retry that never gives up, pointing at
// the configuration when it is elsewhere.
func (c *checker) reportLibrary(call *ast.CallExpr, cfg config, format string, args ...any) {
	var rel []analysis.RelatedInformation
	if cfg.at != nil && (cfg.at.Pos() < call.Pos() || cfg.at.Pos() >= call.End()) {
		rel = append(rel, report.Related(cfg.at, "configured to retry forever here"))
	}
	c.report(call.Fun, catLibraryForever, rel, format, args...)
}

// retryGo checks avast/retry-go's Do and DoWithData: Attempts(0) and
// UntilSucceeded() retry until the function succeeds unless a context
// that can be cancelled is passed with Context.
func (c *checker) retryGo(cur inspector.Cursor, call *ast.CallExpr) {
	body := outermostBody(cur)
	opts, ok := c.options(body, call)
	if !ok || len(call.Args) == 0 {
		return
	}
	var cfg config
	for _, opt := range opts {
		oc, ok := ast.Unparen(opt).(*ast.CallExpr)
		if !ok {
			return // an option we cannot see
		}
		fn := match.Callee(c.info, oc)
		if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != libs.RetryGoPath {
			return // a helper's options: cannot tell
		}
		switch fn.Name() {
		case "Attempts":
			if len(oc.Args) != 1 {
				return // called with the wrong arguments (type errors)
			}
			n, isConst := constUint(c.info, oc.Args[0])
			if !isConst {
				return // a configured limit
			}
			cfg = config{}
			if n == 0 {
				cfg = config{verdict: forever, at: oc, what: types.ExprString(oc)}
			}
		case "UntilSucceeded":
			cfg = config{verdict: forever, at: oc, what: types.ExprString(oc)}
		case "Context":
			if len(oc.Args) != 1 || !c.neverCancelled(body, oc.Args[0]) {
				return // bounded by the context (or called with the wrong arguments)
			}
		}
	}
	if cfg.verdict != forever || c.checksContext(body, call.Args[0]) {
		return
	}
	c.reportLibrary(call, cfg, "%s with %s retries until it succeeds; set a limit or pass %s(ctx)",
		types.ExprString(call.Fun), cfg.what, qualified(call, "Context"))
}

// options returns the option expressions of a retry-go call in the order
// they apply, following a local slice of options spread into it.
func (c *checker) options(body *ast.BlockStmt, call *ast.CallExpr) ([]ast.Expr, bool) {
	if len(call.Args) < 2 {
		return nil, true
	}
	args := call.Args[1:]
	if !call.Ellipsis.IsValid() {
		return args, true
	}
	spread := args[len(args)-1]
	opts := slices.Clone(args[:len(args)-1])
	switch s := ast.Unparen(spread).(type) {
	case *ast.CompositeLit:
		return append(opts, s.Elts...), true
	case *ast.Ident:
		v, _ := c.info.Uses[s].(*types.Var)
		if v == nil || body == nil {
			return nil, false
		}
		t := c.traceVar(v)
		if t.escapes || !t.declared {
			return nil, false
		}
		for _, val := range t.values {
			switch val := ast.Unparen(val).(type) {
			case *ast.CompositeLit:
				opts = append(opts, val.Elts...)
			case *ast.CallExpr:
				if !isAppendTo(c.info, val, v) {
					return nil, false
				}
				opts = append(opts, val.Args[1:]...)
			default:
				return nil, false
			}
		}
		return opts, true
	}
	return nil, false
}

// isAppendTo reports whether call is append(v, ...) without a spread.
func isAppendTo(info *types.Info, call *ast.CallExpr, v *types.Var) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || call.Ellipsis.IsValid() || len(call.Args) == 0 {
		return false
	}
	if b, ok := info.Uses[id].(*types.Builtin); !ok || b.Name() != "append" {
		return false
	}
	first, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	return ok && info.Uses[first] == v
}

// qualified renders name qualified as call's function is (retry.Context
// for retry.Do, rg.Context for rg.Do).
func qualified(call *ast.CallExpr, name string) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if id, ok := sel.X.(*ast.Ident); ok {
			return id.Name + "." + name
		}
	}
	return name
}

// backoffRetry checks cenkalti/backoff's Retry family: the BackOff never
// stops when it is a ConstantBackOff, a ZeroBackOff or an
// ExponentialBackOff whose MaxElapsedTime is 0, unless wrapped by
// WithMaxRetries or by WithContext with a cancellable context.
func (c *checker) backoffRetry(cur inspector.Cursor, call *ast.CallExpr) {
	body := outermostBody(cur)
	cfg := c.backoffOf(body, call.Args[1], 0)
	if cfg.verdict != forever || c.checksContext(body, call.Args[0]) {
		return
	}
	c.reportLibrary(call, cfg, "%s with %s never stops retrying; wrap it in %s",
		types.ExprString(call.Fun), cfg.what, qualified(call, "WithMaxRetries"))
}

// backoffOf judges a cenkalti/backoff BackOff expression.
func (c *checker) backoffOf(body *ast.BlockStmt, e ast.Expr, depth int) config {
	if depth > 4 {
		return unknownConfig()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		switch {
		case isFunc(fn, libs.BackoffPath, "WithMaxRetries"):
			return boundedConfig()
		case isFunc(fn, libs.BackoffPath, "WithContext") && len(e.Args) == 2:
			if !c.neverCancelled(body, e.Args[1]) {
				return boundedConfig()
			}
			return c.backoffOf(body, e.Args[0], depth+1)
		case isFunc(fn, libs.BackoffPath, "NewExponentialBackOff"):
			cfg := boundedConfig() // MaxElapsedTime defaults to 15 minutes
			for _, opt := range e.Args {
				oc, ok := ast.Unparen(opt).(*ast.CallExpr)
				if !ok {
					return unknownConfig()
				}
				ofn := match.Callee(c.info, oc)
				if ofn == nil || ofn.Pkg() == nil || ofn.Pkg().Path() != libs.BackoffPath {
					return unknownConfig() // an option we cannot see
				}
				if ofn.Name() == "WithMaxElapsedTime" {
					if len(oc.Args) != 1 {
						return unknownConfig() // called with the wrong arguments (type errors)
					}
					if n, ok := constUint(c.info, oc.Args[0]); ok && n == 0 {
						cfg = config{verdict: forever, at: oc, what: "MaxElapsedTime 0"}
					} else {
						cfg = boundedConfig()
					}
				}
			}
			return cfg
		case isFunc(fn, libs.BackoffPath, "NewConstantBackOff"):
			return config{verdict: forever, at: e, what: "a ConstantBackOff"}
		}
	case *ast.UnaryExpr:
		if lit, ok := ast.Unparen(e.X).(*ast.CompositeLit); ok {
			return c.backoffLit(lit)
		}
	case *ast.CompositeLit:
		return c.backoffLit(e)
	case *ast.Ident:
		v, _ := c.info.Uses[e].(*types.Var)
		if v == nil || body == nil {
			return unknownConfig()
		}
		t := c.traceVar(v)
		if t.escapes || !t.declared || len(t.values) == 0 {
			return unknownConfig()
		}
		// Any assignment that bounds the value (b = backoff.WithMaxRetries(b, 5))
		// bounds it; otherwise only a single definition can be judged.
		for _, val := range t.values {
			if isBackoffWrapper(c.info, val) && c.backoffOf(body, val, depth+1).verdict == bounded {
				return boundedConfig()
			}
		}
		if len(t.values) != 1 {
			return unknownConfig()
		}
		cfg := c.backoffOf(body, t.values[0], depth+1)
		for _, fs := range t.fields {
			if fs.Field.Name() != "MaxElapsedTime" || !isExponential(fs.Field) {
				continue
			}
			if n, ok := constUint(c.info, fs.Value); ok && n == 0 {
				cfg = config{verdict: forever, at: fs.Stmt, what: "MaxElapsedTime 0"}
			} else {
				cfg = boundedConfig()
			}
		}
		return cfg
	}
	return unknownConfig()
}

// isBackoffWrapper reports whether e is a call to a backoff function that
// wraps another BackOff.
func isBackoffWrapper(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && isFunc(match.Callee(info, call), libs.BackoffPath, "WithMaxRetries", "WithContext")
}

// isExponential reports whether field belongs to backoff.ExponentialBackOff.
func isExponential(field *types.Var) bool {
	return field.Pkg() != nil && field.Pkg().Path() == libs.BackoffPath
}

// backoffLit judges a composite literal of a backoff type.
func (c *checker) backoffLit(lit *ast.CompositeLit) config {
	t := c.info.TypeOf(lit)
	switch {
	case match.IsNamed(t, libs.BackoffPath, "ConstantBackOff"):
		return config{verdict: forever, at: lit, what: "a ConstantBackOff"}
	case match.IsNamed(t, libs.BackoffPath, "ZeroBackOff"):
		return config{verdict: forever, at: lit, what: "a ZeroBackOff"}
	case match.IsNamed(t, libs.BackoffPath, "ExponentialBackOff"):
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				return unknownConfig()
			}
			if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "MaxElapsedTime" {
				if n, ok := constUint(c.info, kv.Value); ok && n == 0 {
					return config{verdict: forever, at: lit, what: "MaxElapsedTime 0"}
				}
				return boundedConfig()
			}
		}
		// A literal without MaxElapsedTime leaves it 0: never stop.
		return config{verdict: forever, at: lit, what: "MaxElapsedTime 0"}
	}
	return unknownConfig()
}

// goRetry checks sethvargo/go-retry's Do and DoValue (b is the Backoff)
// and its Constant, Exponential and Fibonacci helpers (b is nil): the
// backoffs never stop unless wrapped by WithMaxRetries or
// WithMaxDuration, so only the context can end the retries. A function
// that never marks an error with RetryableError is not retried at all.
func (c *checker) goRetry(cur inspector.Cursor, call *ast.CallExpr, b ast.Expr) {
	body := outermostBody(cur)
	cfg := config{verdict: forever, what: "a " + types.ExprString(call.Fun) + " backoff"}
	if b != nil {
		cfg = c.goRetryBackoff(body, b, 0)
	}
	if cfg.verdict != forever || !c.neverCancelled(body, call.Args[0]) ||
		!c.marksRetryable(body, call.Args[2]) || c.checksContext(body, call.Args[2]) {
		return
	}
	if b == nil {
		c.reportLibrary(call, cfg, "%s never gives up (its context is never cancelled); use %s with %s",
			types.ExprString(call.Fun), qualified(call, "Do"), qualified(call, "WithMaxRetries"))
		return
	}
	c.reportLibrary(call, cfg, "%s with %s never gives up (its context is never cancelled); wrap it in %s",
		types.ExprString(call.Fun), cfg.what, qualified(call, "WithMaxRetries"))
}

// goRetryBackoff judges a go-retry Backoff expression.
func (c *checker) goRetryBackoff(body *ast.BlockStmt, e ast.Expr, depth int) config {
	if depth > 4 {
		return unknownConfig()
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		switch {
		case isFunc(fn, libs.GoRetryPath, "WithMaxRetries", "WithMaxDuration"):
			return boundedConfig()
		case isFunc(fn, libs.GoRetryPath, "WithCappedDuration", "WithJitter", "WithJitterPercent") && len(e.Args) > 0:
			return c.goRetryBackoff(body, e.Args[len(e.Args)-1], depth+1)
		case isFunc(fn, libs.GoRetryPath, "NewConstant", "NewExponential", "NewFibonacci"):
			return config{verdict: forever, at: e, what: types.ExprString(e.Fun)}
		}
	case *ast.Ident:
		v, _ := c.info.Uses[e].(*types.Var)
		if v == nil || body == nil {
			return unknownConfig()
		}
		t := c.traceVar(v)
		if t.escapes || !t.declared || len(t.values) == 0 {
			return unknownConfig()
		}
		for _, val := range t.values {
			if c.goRetryBackoff(body, val, depth+1).verdict != forever {
				return unknownConfig() // b = retry.WithMaxRetries(3, b), or unknown
			}
		}
		return c.goRetryBackoff(body, t.values[len(t.values)-1], depth+1)
	}
	return unknownConfig()
}

// marksRetryable reports whether the function f, a literal or a function
// of this package, marks some error with go-retry's RetryableError,
// itself or in a function of this package it calls.
func (c *checker) marksRetryable(body *ast.BlockStmt, f ast.Expr) bool {
	return c.callsRetryable(c.funcBody(body, f), 1)
}

func (c *checker) callsRetryable(fbody *ast.BlockStmt, depth int) bool {
	if fbody == nil {
		return false
	}
	found := false
	ast.Inspect(fbody, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			fn := match.Callee(c.info, call)
			if isFunc(fn, libs.GoRetryPath, "RetryableError") {
				found = true
			} else if d := c.funcDecl(fn); d != nil && depth > 0 && c.callsRetryable(d.Body, depth-1) {
				found = true
			}
		}
		return !found
	})
	return found
}

// funcBody returns the body of the function f: a literal, a local
// variable holding one, or a function declared in this package.
func (c *checker) funcBody(body *ast.BlockStmt, f ast.Expr) *ast.BlockStmt {
	switch f := ast.Unparen(f).(type) {
	case *ast.FuncLit:
		return f.Body
	case *ast.Ident:
		switch obj := c.info.Uses[f].(type) {
		case *types.Func:
			if d := c.funcDecl(obj); d != nil {
				return d.Body
			}
		case *types.Var:
			if body == nil {
				return nil
			}
			t := c.traceVar(obj)
			if !t.escapes && t.declared && len(t.values) == 1 {
				if lit, ok := ast.Unparen(t.values[0]).(*ast.FuncLit); ok {
					return lit.Body
				}
			}
		}
	}
	return nil
}

// checksContext reports whether the retried function f looks at a
// context (ctx.Err(), ctx.Done(), context.Cause): it can then end the
// retries itself with a permanent error.
func (c *checker) checksContext(body *ast.BlockStmt, f ast.Expr) bool {
	fbody := c.funcBody(body, f)
	if fbody == nil {
		return false
	}
	found := false
	ast.Inspect(fbody, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return !found
		}
		if isContextErr(c.info, call) {
			found = true
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Done" && match.ImplementsContext(c.info.TypeOf(sel.X)) {
			found = true
		}
		return !found
	})
	return found
}

// neverCancelled reports whether ctx is a context that is never
// cancelled: context.Background(), context.TODO(), context.WithoutCancel,
// values layered on those, or a local variable holding only such.
func (c *checker) neverCancelled(body *ast.BlockStmt, ctx ast.Expr) bool {
	return c.neverCancelledDepth(body, ctx, 0)
}

func (c *checker) neverCancelledDepth(body *ast.BlockStmt, ctx ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch e := ast.Unparen(ctx).(type) {
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		switch {
		case isFunc(fn, "context", "Background", "TODO", "WithoutCancel"):
			return true
		case isFunc(fn, "context", "WithValue") && len(e.Args) == 3:
			return c.neverCancelledDepth(body, e.Args[0], depth+1)
		}
	case *ast.Ident:
		v, _ := c.info.Uses[e].(*types.Var)
		if v == nil || body == nil {
			return false
		}
		t := c.traceVar(v)
		if !t.declared || len(t.values) == 0 {
			return false
		}
		for _, val := range t.values {
			if !c.neverCancelledDepth(body, val, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// A varTrace is what a function does with a local variable.
type varTrace struct {
	declared bool              // declared in the function (not a parameter or global)
	values   []ast.Expr        // values assigned to it, in source order
	fields   []locals.FieldSet // its fields assigned
	escapes  bool              // used in a way that may change it unseen
}

// traceVar returns the assignments to the local variable v and reports
// whether v escapes: its address taken, passed to a function that is not
// a retry library's, returned, or copied.
func (c *checker) traceVar(v *types.Var) *varTrace {
	if !match.IsLocal(v) {
		return &varTrace{} // a global: anything may set it
	}
	if c.vars == nil {
		c.vars = locals.New(c.info, c.root)
	}
	lv := c.vars.Of(v)
	t := &varTrace{declared: lv.Declared, values: lv.Values(), fields: lv.Fields}
	for _, use := range lv.Uses {
		if !c.harmlessUse(use, v) {
			t.escapes = true
			break
		}
	}
	return t
}

// harmlessUse reports whether the mention of v at use cannot change it
// unseen: a field or method selected on it, an argument of a retry
// library's function, or the slice appended to.
func (c *checker) harmlessUse(use inspector.Cursor, v *types.Var) bool {
	switch p := use.Parent().Node().(type) {
	case *ast.SelectorExpr:
		return p.X == use.Node()
	case *ast.CallExpr:
		if fn := match.Callee(c.info, p); fn != nil && fn.Pkg() != nil {
			switch fn.Pkg().Path() {
			case libs.RetryGoPath, libs.BackoffPath, libs.GoRetryPath:
				return true
			}
		}
		return isAppendTo(c.info, p, v)
	}
	return false
}

// outermostBody returns the body of the outermost function enclosing cur:
// the scope in which local variables are traced.
func outermostBody(cur inspector.Cursor) *ast.BlockStmt {
	if fn, ok := astx.OutermostFunc(cur); ok {
		return astx.FuncBody(fn.Node())
	}
	return nil
}
