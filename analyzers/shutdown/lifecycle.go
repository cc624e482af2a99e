package shutdown

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/analysis"
)

// decideLifecycle reports, in a main or command package, the servers it
// starts with no graceful shutdown and its subscriptions to SIGINT alone.
//
// The package is judged as a whole: a pass cannot see which of its
// functions main reaches through function values (a cobra command's RunE)
// or interfaces, so one stop or one SIGTERM handler anywhere in it, or in
// a function it calls, accounts for all its servers. This misses a second
// server started without a stop, and never reports a server whose stop is
// out of sight.
func (c *checker) decideLifecycle() {
	if !c.command {
		return
	}
	var stops, term, serves bool
	for _, s := range c.order {
		stops = stops || s.stops()
		term = term || s.sTerm
		serves = serves || s.sServesAny
	}
	for _, s := range c.order {
		if !stops {
			for _, e := range s.serves {
				c.reportServe(e)
			}
		}
		if serves && !term {
			for _, e := range s.interrupts {
				c.reportInterrupt(e)
			}
		}
	}
}

// reportServe reports a server started with no graceful shutdown.
func (c *checker) reportServe(e event) {
	if e.call == nil {
		c.rep.Reportf(e.at, catNoGraceful,
			"%s serves with no graceful shutdown (via %s; a deploy cuts the requests in flight); stop it on SIGTERM",
			types.ExprString(e.at.(ast.Expr)), renderChain(e.chain[1:]))
		return
	}
	fn := match.Callee(c.info, e.call)
	var advice string
	switch {
	case match.IsMethod(fn, grpcPath, "Server", "Serve"):
		advice = "on SIGTERM call GracefulStop"
	case fn.Signature().Recv() == nil:
		advice = "serve with an http.Server and call its Shutdown on SIGTERM"
	default:
		advice = "on SIGTERM call Shutdown with a timeout"
	}
	c.rep.Reportf(e.call.Fun, catNoGraceful,
		"%s serves with no graceful shutdown (a deploy cuts the requests in flight); %s",
		types.ExprString(e.call.Fun), advice)
}

// reportInterrupt reports a server's subscription to SIGINT alone.
func (c *checker) reportInterrupt(e event) {
	const why = "orchestrators stop a process with SIGTERM, which kills the server mid-request"
	if e.call == nil {
		c.rep.Reportf(e.at, catSigterm,
			"%s listens for SIGINT but not SIGTERM (via %s; %s); listen for syscall.SIGTERM too",
			types.ExprString(e.at.(ast.Expr)), renderChain(e.chain[1:]), why)
		return
	}
	d := analysis.Diagnostic{
		Pos: e.call.Fun.Pos(), End: e.call.Fun.End(), Category: catSigterm,
		Message: fmt.Sprintf("%s listens for SIGINT but not SIGTERM (%s); add syscall.SIGTERM",
			types.ExprString(e.call.Fun), why),
	}
	if e.cur.Node() == e.call {
		d.SuggestedFixes = c.sigtermFix(e.cur, e.call, c.signalsOf(e.call))
		if d.SuggestedFixes != nil {
			d.Message = strings.Replace(d.Message, "add syscall.SIGTERM", "add "+fixedName(d.SuggestedFixes), 1)
		}
	}
	c.rep.Report(d)
}

// fixedName returns the signal a sigterm fix adds, from its message.
func fixedName(fixes []analysis.SuggestedFix) string {
	return strings.TrimPrefix(fixes[0].Message, "Add ")
}
