// Package golangci is prodvet's golangci-lint module plugin.
//
// A custom golangci-lint binary built with "golangci-lint custom" imports
// this package, which registers the linter "prodvet": the whole suite,
// configured under linters.settings.custom.prodvet.settings with the same
// option names as the prodvet command's flags:
//
//	settings:
//	  disable: [nplusone]          # or enable: [httptimeout, ctxprop]
//	  httptimeout: {tests: true}   # -httptimeout.tests
//	  ignorederr:
//	    blank: true                # -ignorederr.blank
//	    exclude: [example.com/db.Log]
//
// See docs/golangci-lint.md for building, enabling and configuring it.
package golangci

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/analyzers/ctxprop"
	"github.com/prodvet/prodvet/analyzers/httptimeout"
	"github.com/prodvet/prodvet/analyzers/ignorederr"
	"github.com/prodvet/prodvet/analyzers/nplusone"
	"github.com/prodvet/prodvet/analyzers/unboundedretry"
	"github.com/prodvet/prodvet/analyzers/unstructuredlog"
	"golang.org/x/tools/go/analysis"
)

// init registers the plugin. The house rule against init does not apply
// here: golangci-lint's custom build imports this package for its side
// effect only, and registration is the side effect it wants.
func init() {
	register.Plugin("prodvet", New)
}

// New is the plugin's constructor, called by golangci-lint with the raw
// settings of its configuration file.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("prodvet settings: %w", unwrapDecode(err))
	}
	if err := s.checkSelection(); err != nil {
		return nil, fmt.Errorf("prodvet settings: %w", err)
	}
	return &plugin{settings: s}, nil
}

// unwrapDecode drops the "decoding settings: " layer DecodeSettings adds,
// which says nothing the user can act on; Settings' own errors name the key.
func unwrapDecode(err error) error {
	if inner := errors.Unwrap(err); inner != nil {
		return inner
	}
	return err
}

type plugin struct {
	settings Settings
}

// BuildAnalyzers returns the enabled analyzers in the suite's order, each
// built by its own New from the settings.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	s := p.settings
	built := []*analysis.Analyzer{
		httptimeout.New(httptimeout.Config{Tests: s.HTTPTimeout.Tests}),
		unboundedretry.New(unboundedretry.Config{Tests: s.UnboundedRetry.Tests}),
		ignorederr.New(ignorederr.Config{
			Tests:   s.IgnoredErr.Tests,
			Blank:   s.IgnoredErr.Blank,
			Exclude: strings.Join(s.IgnoredErr.Exclude, ","),
		}),
		unstructuredlog.New(unstructuredlog.Config{
			Tests:   s.UnstructuredLog.Tests,
			Main:    s.UnstructuredLog.Main,
			PerLine: s.UnstructuredLog.PerLine,
		}),
		ctxprop.New(ctxprop.Config{Tests: s.CtxProp.Tests, LogFuncs: s.CtxProp.LogFuncs}),
		nplusone.New(nplusone.Config{Tests: s.NPlusOne.Tests, Funcs: s.NPlusOne.Funcs}),
	}
	return slices.DeleteFunc(built, func(a *analysis.Analyzer) bool { return !s.enabled(a.Name) }), nil
}

// GetLoadMode asks for type information: every analyzer needs it.
func (*plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// suiteNames returns the names of the analyzers in the suite, in order.
func suiteNames() []string {
	var names []string
	for _, a := range analyzers.All() {
		names = append(names, a.Name)
	}
	return names
}
