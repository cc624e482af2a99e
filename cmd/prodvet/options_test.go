package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"github.com/prodvet/prodvet/analyzers/golangci"
	"golang.org/x/tools/go/analysis"
	"gopkg.in/yaml.v3"
)

// optionSamples holds, for every option of every analyzer, a value that
// is not its default, as YAML. A new flag needs an entry here: the test
// below then proves it can be set from every place options come from.
var optionSamples = map[string]string{
	"httptimeout.tests":        "true",
	"unboundedretry.tests":     "true",
	"ignorederr.tests":         "true",
	"ignorederr.blank":         "true",
	"ignorederr.exclude":       "[example.com/db.Log, -fmt.Println]",
	"unstructuredlog.tests":    "true",
	"unstructuredlog.main":     "true",
	"unstructuredlog.per-line": "true",
	"ctxprop.tests":            "true",
	"ctxprop.log-funcs":        "true",
	"nplusone.tests":           "true",
	"nplusone.funcs":           "[example.com/remote.Fetch, (*example.com/remote.Client).Get]",
	"shutdown.tests":           "true",
	"shutdown.startup-exits":   "true",
	"unboundedinput.tests":     "true",
	"unboundedinput.each-read": "true",
}

// TestOptionsEverywhere checks the one option schema: every flag of every
// analyzer, set on the command line, in .prodvet.yml and in golangci-lint's
// settings, ends with the same value, so the three cannot drift apart.
func TestOptionsEverywhere(t *testing.T) {
	for _, a := range analyzers.All() {
		a.Flags.VisitAll(func(f *flag.Flag) {
			key := a.Name + "." + f.Name
			sample, ok := optionSamples[key]
			if !ok {
				t.Errorf("option %s has no sample value in optionSamples", key)
				return
			}
			var value any
			if err := yaml.Unmarshal([]byte(sample), &value); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			flagValue, err := analyzers.FlagValue(value)
			if err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			cli := viaCommandLine(t, "-"+key+"="+flagValue)
			yml := viaConfigFile(t, fmt.Sprintf("analyzers:\n  %s:\n    options:\n      %s: %s\n", a.Name, f.Name, sample))
			gclSettings := fmt.Sprintf("%s:\n  %s: %s\n", a.Name, f.Name, sample)
			if !analyzers.OnByDefault(a.Name) {
				gclSettings = "enable: [" + a.Name + "]\n" + gclSettings
			}
			gcl := viaGolangci(t, gclSettings)
			if cli[key] == f.DefValue {
				t.Errorf("%s: the sample %s is the default; pick another", key, sample)
			}
			if yml[key] != cli[key] || gcl[key] != cli[key] {
				t.Errorf("%s set to %s: command line %q, .prodvet.yml %q, golangci-lint %q", key, sample, cli[key], yml[key], gcl[key])
			}
		})
	}
}

// flagValues returns the value of every option of suite as NAME.FLAG.
func flagValues(suite []*analysis.Analyzer) map[string]string {
	values := make(map[string]string)
	for _, a := range suite {
		a.Flags.VisitAll(func(f *flag.Flag) { values[a.Name+"."+f.Name] = f.Value.String() })
	}
	return values
}

func viaCommandLine(t *testing.T, arg string) map[string]string {
	suite := analyzers.New()
	fs := newFlagSet(suite, new(options), make(map[*analysis.Analyzer]*triState))
	if err := fs.Parse([]string{arg}); err != nil {
		t.Fatalf("%s: %v", arg, err)
	}
	return flagValues(suite)
}

func viaConfigFile(t *testing.T, text string) map[string]string {
	file := filepath.Join(t.TempDir(), ".prodvet.yml")
	if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	suite := analyzers.New()
	cfg, err := loadConfig(file, suite)
	if err != nil {
		t.Fatalf("%s: %v", strings.TrimSpace(text), err)
	}
	enabled := make(map[*analysis.Analyzer]*triState)
	fs := newFlagSet(suite, new(options), enabled)
	if err := cfg.apply(fs, enabled); err != nil {
		t.Fatalf("%s: %v", strings.TrimSpace(text), err)
	}
	return flagValues(suite)
}

func viaGolangci(t *testing.T, text string) map[string]string {
	var settings any
	if err := yaml.Unmarshal([]byte(text), &settings); err != nil {
		t.Fatal(err)
	}
	p, err := golangci.New(settings)
	if err != nil {
		t.Fatalf("%s: %v", strings.TrimSpace(text), err)
	}
	suite, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	return flagValues(suite)
}
