package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
	"gopkg.in/yaml.v3"
)

// configName is the file standalone runs read from the module root.
const configName = ".prodvet.yml"

// A config is a parsed .prodvet.yml:
//
//	severity: warning          # of every finding: error, warning or note
//	exclude:                   # findings in these files are dropped
//	  - internal/legacy/**     #   (slash paths relative to the module root)
//	analyzers:
//	  httptimeout:
//	    enabled: true
//	    severity: error
//	    options:               # the analyzer's flags, without the NAME. prefix
//	      tests: true
//	  nplusone:
//	    enabled: false
type config struct {
	file      string
	severity  string
	exclude   []string
	analyzers []analyzerConfig // in file order
}

type analyzerConfig struct {
	a        *analysis.Analyzer
	enabled  *bool
	severity string
	options  []optionConfig
}

type optionConfig struct {
	name  string
	value any    // as decoded from YAML, for analyzers.SetOption
	flag  string // the same as a flag value, for go vet
	line  int
}

// configError is a problem in the file, at a line.
func configError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", file, line, fmt.Sprintf(format, args...))
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): `)

// loadConfig reads and checks a config file against the suite.
func loadConfig(file string, suite []*analysis.Analyzer) (*config, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	file = relPath(file)
	cfg := &config{file: file}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			return nil, fmt.Errorf("%s:%s: %s", file, m[1], msg[len(m[0]):])
		}
		return nil, fmt.Errorf("%s: %s", file, strings.TrimPrefix(msg, "yaml: "))
	}
	if len(doc.Content) == 0 {
		return cfg, nil // empty file
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, configError(file, root.Line, "want a mapping with keys severity, exclude, analyzers")
	}
	for i := 0; i < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		switch key.Value {
		case "severity":
			if cfg.severity, err = severityValue(file, val); err != nil {
				return nil, err
			}
		case "exclude":
			if val.Kind != yaml.SequenceNode {
				return nil, configError(file, val.Line, "exclude: want a list of paths")
			}
			for _, item := range val.Content {
				if item.Kind != yaml.ScalarNode || item.Value == "" {
					return nil, configError(file, item.Line, "exclude: want a path")
				}
				if _, err := path.Match(item.Value, ""); err != nil {
					return nil, configError(file, item.Line, "exclude: bad pattern %q", item.Value)
				}
				cfg.exclude = append(cfg.exclude, item.Value)
			}
		case "analyzers":
			if err := cfg.parseAnalyzers(val, suite); err != nil {
				return nil, err
			}
		default:
			return nil, configError(file, key.Line, "unknown key %q (want severity, exclude or analyzers)", key.Value)
		}
	}
	return cfg, nil
}

func (cfg *config) parseAnalyzers(node *yaml.Node, suite []*analysis.Analyzer) error {
	if node.Kind != yaml.MappingNode {
		return configError(cfg.file, node.Line, "analyzers: want a mapping from analyzer names")
	}
	for i := 0; i < len(node.Content); i += 2 {
		key, val := node.Content[i], node.Content[i+1]
		a := findAnalyzer(suite, key.Value)
		if a == nil {
			return configError(cfg.file, key.Line, "no analyzer named %q", key.Value)
		}
		ac := analyzerConfig{a: a}
		if val.Kind == yaml.ScalarNode { // httptimeout: false
			b, err := boolValue(cfg.file, val)
			if err != nil {
				return err
			}
			ac.enabled = &b
			cfg.analyzers = append(cfg.analyzers, ac)
			continue
		}
		if val.Kind != yaml.MappingNode {
			return configError(cfg.file, val.Line, "%s: want enabled, severity or options", a.Name)
		}
		for j := 0; j < len(val.Content); j += 2 {
			k, v := val.Content[j], val.Content[j+1]
			var err error
			switch k.Value {
			case "enabled":
				var b bool
				b, err = boolValue(cfg.file, v)
				ac.enabled = &b
			case "severity":
				ac.severity, err = severityValue(cfg.file, v)
			case "options":
				ac.options, err = optionValues(cfg.file, a, v)
			default:
				err = configError(cfg.file, k.Line, "%s: unknown key %q (want enabled, severity or options)", a.Name, k.Value)
			}
			if err != nil {
				return err
			}
		}
		cfg.analyzers = append(cfg.analyzers, ac)
	}
	return nil
}

func optionValues(file string, a *analysis.Analyzer, node *yaml.Node) ([]optionConfig, error) {
	if node.Kind != yaml.MappingNode {
		return nil, configError(file, node.Line, "%s.options: want a mapping from flag names", a.Name)
	}
	var opts []optionConfig
	for i := 0; i < len(node.Content); i += 2 {
		k, v := node.Content[i], node.Content[i+1]
		if a.Flags.Lookup(k.Value) == nil {
			return nil, configError(file, k.Line, "%s has no option %q (see 'prodvet help %s')", a.Name, k.Value, a.Name)
		}
		var value any
		if err := v.Decode(&value); err != nil {
			return nil, configError(file, v.Line, "%s.%s: %v", a.Name, k.Value, err)
		}
		flag, err := analyzers.FlagValue(value)
		if err != nil {
			return nil, configError(file, v.Line, "%s.%s: %v", a.Name, k.Value, err)
		}
		opts = append(opts, optionConfig{name: k.Value, value: value, flag: flag, line: v.Line})
	}
	return opts, nil
}

func boolValue(file string, node *yaml.Node) (bool, error) {
	b, err := strconv.ParseBool(node.Value)
	if node.Kind != yaml.ScalarNode || err != nil {
		return false, configError(file, node.Line, "want true or false, not %q", node.Value)
	}
	return b, nil
}

func severityValue(file string, node *yaml.Node) (string, error) {
	switch node.Value {
	case "error", "warning", "note":
		return node.Value, nil
	}
	return "", configError(file, node.Line, "severity %q: want error, warning or note", node.Value)
}

// apply sets the analyzers' flags from the file, except those given on the
// command line, which win; and, unless the command line selects analyzers
// itself, turns off the ones the file disables and on the ones it enables
// (which matters for analyzers off by default).
func (cfg *config) apply(fs *flag.FlagSet, enabled map[*analysis.Analyzer]*triState) error {
	onCommandLine := make(map[string]bool)
	fs.Visit(func(f *flag.Flag) { onCommandLine[f.Name] = true })
	selects := false
	for a := range enabled {
		selects = selects || onCommandLine[a.Name]
	}
	for _, ac := range cfg.analyzers {
		if ac.enabled != nil && !selects {
			*enabled[ac.a] = setFalse
			if *ac.enabled {
				*enabled[ac.a] = turnedOn
			}
		}
		for _, o := range ac.options {
			if onCommandLine[ac.a.Name+"."+o.name] {
				continue
			}
			if err := analyzers.SetOption(ac.a, o.name, o.value); err != nil {
				return configError(cfg.file, o.line, "%s.%s: %v", ac.a.Name, o.name, err)
			}
		}
	}
	return nil
}

// severityOf returns the severity of the analyzer's findings.
func (cfg *config) severityOf(name string) string {
	if cfg != nil {
		for _, ac := range cfg.analyzers {
			if ac.a.Name == name && ac.severity != "" {
				return ac.severity
			}
		}
		if cfg.severity != "" {
			return cfg.severity
		}
	}
	return "warning"
}

// excluded reports whether the slash path rel, relative to the root,
// matches an exclude pattern (see matchGlob): a pattern matches the file
// or any directory above it, so internal/legacy excludes all below it, as
// internal/legacy/** does; **/*_gen.go matches at any depth.
func (cfg *config) excluded(rel string) bool {
	if cfg == nil {
		return false
	}
	for _, pat := range cfg.exclude {
		pat = strings.TrimSuffix(pat, "/")
		for p := rel; p != "." && p != "/" && p != ""; p = path.Dir(p) {
			if matchGlob(pat, p) {
				return true
			}
		}
	}
	return false
}

// vetFlags renders the file's analyzer settings as go vet flags. Severity
// and excludes have no go vet equivalent; they are listed in ignored.
func (cfg *config) vetFlags(suite []*analysis.Analyzer) (flags, ignored []string) {
	flags = cfg.vetSelection(suite)
	for _, ac := range cfg.analyzers {
		for _, o := range ac.options {
			flags = append(flags, "-"+ac.a.Name+"."+o.name+"="+o.flag)
		}
		if ac.severity != "" {
			ignored = append(ignored, ac.a.Name+".severity")
		}
	}
	if cfg.severity != "" {
		ignored = append(ignored, "severity")
	}
	if len(cfg.exclude) > 0 {
		ignored = append(ignored, "exclude")
	}
	return flags, ignored
}

// vetSelection renders the file's enabled keys as go vet's selection
// flags: -NAME=false for each analyzer it turns off; but when it turns on
// one that is off by default, -NAME for every analyzer that runs, since
// under go vet naming one analyzer runs only the ones named.
func (cfg *config) vetSelection(suite []*analysis.Analyzer) []string {
	turnsOn, set := false, make(map[*analysis.Analyzer]bool)
	for _, ac := range cfg.analyzers {
		if ac.enabled != nil {
			set[ac.a] = *ac.enabled
			turnsOn = turnsOn || *ac.enabled && !analyzers.OnByDefault(ac.a.Name)
		}
	}
	var flags []string
	for _, a := range suite {
		on, ok := set[a]
		switch {
		case turnsOn && (on || !ok && analyzers.OnByDefault(a.Name)):
			flags = append(flags, "-"+a.Name)
		case !turnsOn && ok && !on:
			flags = append(flags, "-"+a.Name+"=false")
		}
	}
	return flags
}

// findConfig returns the config file to use: the one named by -config, or
// .prodvet.yml in the nearest directory above the current one that holds
// a go.mod or a go.work (the module's or the workspace's root), or "" when
// there is none.
func findConfig(explicit string) (string, error) {
	if explicit != "" {
		return explicit, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if isRootDir(dir) {
			file := filepath.Join(dir, configName)
			if _, err := os.Stat(file); err == nil {
				return file, nil
			} else if !errors.Is(err, os.ErrNotExist) {
				return "", err
			}
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// isRootDir reports whether dir holds a go.mod or a go.work file.
func isRootDir(dir string) bool {
	for _, name := range []string{"go.mod", "go.work"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}
