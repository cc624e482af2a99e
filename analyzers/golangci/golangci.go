// Package golangci is prodvet's golangci-lint module plugin.
//
// A custom golangci-lint binary built with "golangci-lint custom" imports
// this package, which registers the linter "prodvet": the whole suite,
// configured under linters.settings.custom.prodvet.settings with the same
// option names as the prodvet command's flags. Every key of an analyzer's
// section is one of its flags, set as -NAME.KEY would set it; there is no
// list of options here to keep in step with the analyzers:
//
//	settings:
//	  disable: [nplusone]          # or enable: [httptimeout, ctxprop, shutdown]
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
	"maps"
	"slices"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
)

// init registers the plugin. The house rule against init does not apply
// here: golangci-lint's custom build imports this package for its side
// effect only, and registration is the side effect it wants.
func init() {
	register.Plugin("prodvet", New)
}

// New is the plugin's constructor, called by golangci-lint with the raw
// settings of its configuration file: YAML decoded into map[string]any.
// It builds a fresh suite and sets each analyzer's flags from its section.
func New(settings any) (register.LinterPlugin, error) {
	p, err := configure(settings)
	if err != nil {
		return nil, fmt.Errorf("prodvet settings: %w", err)
	}
	return p, nil
}

type plugin struct {
	analyzers []*analysis.Analyzer // the configured suite, in order
	enable    []string
	disable   []string
}

// configure reads the settings, key by key in sorted order so that the
// first error is always the same one.
func configure(settings any) (*plugin, error) {
	p := &plugin{analyzers: analyzers.New()}
	if settings == nil {
		return p, nil
	}
	m, ok := settings.(map[string]any)
	if !ok {
		return nil, errors.New("want a mapping of keys to values")
	}
	for _, key := range slices.Sorted(maps.Keys(m)) {
		var err error
		switch key {
		case "enable":
			p.enable, err = p.selection(key, m[key])
		case "disable":
			p.disable, err = p.selection(key, m[key])
		default:
			err = p.setOptions(key, m[key])
		}
		if err != nil {
			return nil, err
		}
	}
	if len(p.enable) > 0 && len(p.disable) > 0 {
		return nil, errors.New("set enable or disable, not both")
	}
	return p, nil
}

// setOptions sets the options of the analyzer named key from its section.
func (p *plugin) setOptions(key string, section any) error {
	i := slices.IndexFunc(p.analyzers, func(a *analysis.Analyzer) bool { return a.Name == key })
	if i < 0 {
		valid := append(p.names(), "enable", "disable")
		slices.Sort(valid)
		return fmt.Errorf("unknown key %q (want one of %s)", key, strings.Join(valid, ", "))
	}
	a := p.analyzers[i]
	if section == nil {
		return nil // a key with no value in YAML: no options
	}
	opts, ok := section.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: want a mapping of keys to values", key)
	}
	for _, name := range slices.Sorted(maps.Keys(opts)) {
		if err := analyzers.SetOption(a, name, opts[name]); err != nil {
			if a.Flags.Lookup(name) == nil {
				return fmt.Errorf("%s: %w", key, err)
			}
			return fmt.Errorf("%s.%s: %w", key, name, err)
		}
	}
	return nil
}

// selection reads the list of analyzer names under enable or disable: a
// YAML list, or one comma-separated string as on the command line.
func (p *plugin) selection(key string, value any) ([]string, error) {
	s, err := analyzers.FlagValue(value)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", key, err)
	}
	var list []string
	for name := range strings.SplitSeq(s, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if !slices.Contains(p.names(), name) {
			return nil, fmt.Errorf("%s: unknown analyzer %q (want one of %s)", key, name, strings.Join(p.names(), ", "))
		}
		list = append(list, name)
	}
	return list, nil
}

// names returns the names of the suite's analyzers, in order.
func (p *plugin) names() []string {
	var names []string
	for _, a := range p.analyzers {
		names = append(names, a.Name)
	}
	return names
}

// BuildAnalyzers returns the enabled analyzers in the suite's order: those
// listed under enable, or else the default suite (analyzers.OnByDefault)
// without those listed under disable.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return slices.DeleteFunc(slices.Clone(p.analyzers), func(a *analysis.Analyzer) bool {
		if len(p.enable) > 0 {
			return !slices.Contains(p.enable, a.Name)
		}
		return !analyzers.OnByDefault(a.Name) || slices.Contains(p.disable, a.Name)
	}), nil
}

// GetLoadMode asks for type information: every analyzer needs it.
func (*plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}
