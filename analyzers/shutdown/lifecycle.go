package shutdown

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
)

// decideLifecycle reports, in a main package, the servers the program
// starts with no graceful shutdown and its subscriptions to SIGINT alone.
//
// Only main sees the whole program: a command package may hold a
// developer's subcommand (a local file server) beside a server command
// whose stop lives elsewhere, so command packages, like libraries, only
// export what their functions and command variables do. The main package
// is judged as a whole: a pass cannot see which of its functions main
// reaches through function values or interfaces, so one stop or one
// SIGTERM handler anywhere in it, or in what it calls, accounts for all
// its servers. This misses a second server started without a stop, and
// never reports a server whose stop is out of sight.
func (c *checker) decideLifecycle() {
	if c.pass.Pkg.Name() != "main" {
		return
	}
	var stops, term, serves bool
	for _, s := range c.order {
		stops = stops || s.stops()
		term = term || s.sTerm
		serves = serves || s.sServesAny
	}
	reported := make(map[*types.Package]bool) // packages whose servers are reported already
	for _, s := range c.order {
		if !stops {
			for _, e := range s.serves {
				if e.callee != nil {
					// In command code every function that reads a flag
					// variable leads to its command tree: one report per
					// package that serves is enough.
					if reported[e.callee.Pkg()] {
						continue
					}
					reported[e.callee.Pkg()] = true
				}
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
		c.rep.Report(analysis.Diagnostic{
			Pos: e.at.Pos(), End: e.at.End(), Category: catNoGraceful,
			Message: fmt.Sprintf("%s serves with no graceful shutdown (via %s; a deploy cuts the requests in flight); stop it on SIGTERM",
				types.ExprString(e.at.(ast.Expr)), renderChain(e.chain[1:])),
			Related: c.declaredAt(e),
		})
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
		c.rep.Report(analysis.Diagnostic{
			Pos: e.at.Pos(), End: e.at.End(), Category: catSigterm,
			Message: fmt.Sprintf("%s listens for SIGINT but not SIGTERM (via %s; %s); listen for syscall.SIGTERM too",
				types.ExprString(e.at.(ast.Expr)), renderChain(e.chain[1:]), why),
			Related: c.declaredAt(e),
		})
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

// declaredAt points at the declaration of the function or variable of
// another package that an event comes from.
func (c *checker) declaredAt(e event) []analysis.RelatedInformation {
	if e.callee == nil {
		return nil
	}
	pos := report.DeclaredAt(c.pass, e.callee)
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{report.Related(report.Span(pos, pos), objName(e.callee)+" is declared here")}
}
