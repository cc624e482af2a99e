// Package analyzers is the prodvet suite: every analyzer, in a fixed order.
package analyzers

import (
	"github.com/prodvet/prodvet/analyzers/ctxprop"
	"github.com/prodvet/prodvet/analyzers/httptimeout"
	"github.com/prodvet/prodvet/analyzers/ignorederr"
	"github.com/prodvet/prodvet/analyzers/nplusone"
	"github.com/prodvet/prodvet/analyzers/shutdown"
	"github.com/prodvet/prodvet/analyzers/unboundedinput"
	"github.com/prodvet/prodvet/analyzers/unboundedretry"
	"github.com/prodvet/prodvet/analyzers/unstructuredlog"
	"golang.org/x/tools/go/analysis"
)

// All returns prodvet's analyzers in the order they are documented and run.
// Drivers (the prodvet command, the golangci-lint plugin, nogo) take the
// suite from here and nowhere else.
func All() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		httptimeout.Analyzer,
		unboundedretry.Analyzer,
		ignorederr.Analyzer,
		unstructuredlog.Analyzer,
		ctxprop.Analyzer,
		nplusone.Analyzer,
		shutdown.Analyzer,
		unboundedinput.Analyzer,
	}
}

// New returns a fresh suite, in All's order: analyzers built by their own
// New with the default configuration, whose flags are theirs alone. A
// driver that configures analyzers per instance (the golangci-lint plugin)
// takes them from here.
func New() []*analysis.Analyzer {
	return []*analysis.Analyzer{
		httptimeout.New(httptimeout.Config{}),
		unboundedretry.New(unboundedretry.Config{}),
		ignorederr.New(ignorederr.Config{}),
		unstructuredlog.New(unstructuredlog.Config{}),
		ctxprop.New(ctxprop.Config{}),
		nplusone.New(nplusone.Config{}),
		shutdown.New(shutdown.Config{}),
		unboundedinput.New(unboundedinput.Config{}),
	}
}
