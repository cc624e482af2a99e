package shutdown

import (
	"go/ast"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// maxContextHops bounds the variables followed to find where a context
// comes from.
const maxContextHops = 4

// decideDeadlines reports graceful stops that can wait forever: Shutdown
// given a context with no deadline, and GracefulStop, unless the function
// that holds them (its literals included) bounds the wait with a timer or
// a timeout: a watchdog that exits, a select on time.After, a fallback to
// Stop.
func (c *checker) decideDeadlines() {
	for _, d := range c.deadlines {
		if d.owner.timer {
			continue
		}
		if d.ctx == nil {
			c.rep.Reportf(d.call.Fun, catDeadline,
				"%s waits for every RPC with no deadline (one stuck stream blocks exit until SIGKILL); call Stop when a timeout expires",
				types.ExprString(d.call.Fun))
			continue
		}
		origin, ok := c.freshContext(d.ctx, 0)
		if !ok {
			continue
		}
		arg := types.ExprString(d.ctx)
		if arg == origin {
			c.rep.Reportf(d.call.Fun, catDeadline,
				"%s(%s) waits with no deadline (one stuck request blocks exit until SIGKILL); use context.WithTimeout shorter than the grace period",
				types.ExprString(d.call.Fun), arg)
			continue
		}
		c.rep.Reportf(d.call.Fun, catDeadline,
			"%s(%s) waits with no deadline (%s comes from %s; one stuck request blocks exit until SIGKILL); use context.WithTimeout",
			types.ExprString(d.call.Fun), arg, arg, origin)
	}
}

// freshContext reports whether e is a context with no deadline:
// context.Background() or TODO(), a context derived from one by
// WithCancel, WithValue or WithoutCancel, or a local variable defined once
// as one of those. It returns the fresh context's expression.
func (c *checker) freshContext(e ast.Expr, hops int) (string, bool) {
	if hops > maxContextHops {
		return "", false
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := match.Callee(c.info, x)
		if freshContexts.matches(fn) {
			return types.ExprString(x), true
		}
		if derivedContexts.matches(fn) && len(x.Args) > 0 {
			return c.freshContext(x.Args[0], hops+1)
		}
	case *ast.Ident:
		v, ok := c.info.Uses[x].(*types.Var)
		if !ok || !match.IsLocal(v) {
			return "", false
		}
		if val, ok := c.binding(v); ok {
			return c.freshContext(val, hops+1)
		}
	}
	return "", false
}

// inUnjoinedGoroutine reports whether the call at cur runs in a function
// literal started by a go statement that tells nobody when it is done (no
// send, close or WaitGroup Done in it): go func() { <-ctx.Done();
// srv.Shutdown(context.Background()) }(); return srv.Serve(l). Nothing
// waits for such a stop, so its missing deadline delays no exit (spire's
// OIDC provider; its real flaw, exiting without draining, is another).
func (c *checker) inUnjoinedGoroutine(cur inspector.Cursor) bool {
	lit, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	if _, isLit := lit.Node().(*ast.FuncLit); !isLit || lit.ParentEdgeKind() != edge.CallExpr_Fun ||
		lit.Parent().ParentEdgeKind() != edge.GoStmt_Call {
		return false
	}
	for n := range lit.Preorder((*ast.SendStmt)(nil), (*ast.CallExpr)(nil)) {
		call, isCall := n.Node().(*ast.CallExpr)
		if !isCall {
			return false // a send: someone may wait for it
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "close" {
				return false
			}
		}
		if match.IsMethod(match.Callee(c.info, call), "sync", "WaitGroup", "Done") {
			return false
		}
	}
	return true
}
