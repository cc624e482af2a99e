package unboundedretry

import (
	_ "embed"

	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var docFile string

// Config configures unboundedretry. The zero value is the recommended default.
type Config struct {
	Tests bool // also report in _test.go files
}

// Analyzer is unboundedretry with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a unboundedretry analyzer using cfg; its flags bind into a copy of cfg
// and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:    "unboundedretry",
		DocFile: docFile,
		Run:     func(pass *analysis.Pass) (any, error) { return run(pass, &cfg) },
	})
	a.Flags.BoolVar(&cfg.Tests, "tests", cfg.Tests, "also report in _test.go files")
	return a
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	return nil, nil
}
