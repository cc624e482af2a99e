package golangci_test

import (
	"flag"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/analyzers/golangci"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"gopkg.in/yaml.v3"
)

// settings parses the settings block of a .golangci.yml the way
// golangci-lint hands it to the plugin: YAML decoded into map[string]any.
func settings(t *testing.T, text string) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal([]byte(text), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func build(t *testing.T, conf any) []*analysis.Analyzer {
	t.Helper()
	p, err := golangci.New(conf)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if mode := p.GetLoadMode(); mode != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", mode, register.LoadModeTypesInfo)
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	return as
}

func names(as []*analysis.Analyzer) []string {
	var ns []string
	for _, a := range as {
		ns = append(ns, a.Name)
	}
	return ns
}

// flagValues returns the value of each built analyzer's flags, as
// NAME.FLAG=value.
func flagValues(as []*analysis.Analyzer) map[string]string {
	values := make(map[string]string)
	for _, a := range as {
		a.Flags.VisitAll(func(f *flag.Flag) { values[a.Name+"."+f.Name] = f.Value.String() })
	}
	return values
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("prodvet")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := newPlugin(nil); err != nil {
		t.Errorf("no settings: %v", err)
	}
}

func TestDefaultsAreTheSuite(t *testing.T) {
	for _, conf := range []any{nil, map[string]any{}, settings(t, "httptimeout:\n")} {
		as := build(t, conf)
		if got, want := names(as), analyzers.Defaults(); !slices.Equal(got, want) {
			t.Errorf("settings %v: analyzers %v, want the default suite %v", conf, got, want)
		}
		if err := analysis.Validate(as); err != nil {
			t.Error(err)
		}
		for name, value := range flagValues(as) {
			if value != "false" && value != "" {
				t.Errorf("settings %v: %s starts as %q, want its zero value", conf, name, value)
			}
		}
	}
}

// Every option reaching its flag, the same as on the command line and in
// .prodvet.yml, is TestOptionsEverywhere in cmd/prodvet.

func TestFuncsReachTheAnalyzer(t *testing.T) {
	for _, funcs := range []string{"[remote.Fetch]", "remote.Fetch"} {
		as := build(t, settings(t, "enable: nplusone\nnplusone: {funcs: "+funcs+"}"))
		analysistest.Run(t, analysistest.TestData(), as[0], "fetchloop")
	}
}

func TestSelection(t *testing.T) {
	tests := []struct {
		settings string
		want     []string
	}{
		{"enable: [nplusone, httptimeout]", []string{"httptimeout", "nplusone"}},
		{"enable: ctxprop", []string{"ctxprop"}},
		{"enable: [shutdown, ctxprop]", []string{"ctxprop", "shutdown"}}, // off by default, on by name
		{"disable: [nplusone, ignorederr]", slices.DeleteFunc(analyzers.Defaults(), func(n string) bool { return n == "nplusone" || n == "ignorederr" })},
		{"disable: []", analyzers.Defaults()},
	}
	for _, tt := range tests {
		if got := names(build(t, settings(t, tt.settings))); !slices.Equal(got, tt.want) {
			t.Errorf("%s: analyzers %v, want %v", tt.settings, got, tt.want)
		}
	}
}

func TestBadSettings(t *testing.T) {
	suite := strings.Join(names(analyzers.All()), ", ")
	keys := append(names(analyzers.All()), "enable", "disable")
	slices.Sort(keys)
	tests := []struct {
		settings string
		want     string // the whole message
	}{
		{"enabled: [httptimeout]",
			`prodvet settings: unknown key "enabled" (want one of ` + strings.Join(keys, ", ") + `)`},
		{"httptimeout: {test: true}",
			`prodvet settings: httptimeout: unknown key "test" (want one of tests)`},
		{"ctxprop: {logfuncs: true}",
			`prodvet settings: ctxprop: unknown key "logfuncs" (want one of log-funcs, tests)`},
		{"ignorederr: {blank: maybe}",
			`prodvet settings: ignorederr.blank: want true or false, not string`},
		{"nplusone: {funcs: {a: b}}",
			`prodvet settings: nplusone.funcs: want a value or a list of values, not mapping`},
		{"httptimeout: true",
			`prodvet settings: httptimeout: want a mapping of keys to values`},
		{"[httptimeout]",
			`prodvet settings: want a mapping of keys to values`},
		{"enable: [httptimeout, nplusones]",
			`prodvet settings: enable: unknown analyzer "nplusones" (want one of ` + suite + `)`},
		{"disable: [golint]",
			`prodvet settings: disable: unknown analyzer "golint" (want one of ` + suite + `)`},
		{"enable: [httptimeout]\ndisable: [nplusone]",
			`prodvet settings: set enable or disable, not both`},
	}
	for _, tt := range tests {
		_, err := golangci.New(settings(t, tt.settings))
		if err == nil {
			t.Errorf("%s: no error, want %s", tt.settings, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.settings, err, tt.want)
		}
	}
}
