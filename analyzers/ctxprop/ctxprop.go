package ctxprop

import (
	_ "embed"

	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var docFile string

// Config configures ctxprop. The zero value is the recommended default.
type Config struct {
	Tests bool // also report in _test.go files
}

// Analyzer is ctxprop with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns a ctxprop analyzer using cfg; its flags bind into a copy of cfg
// and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:    "ctxprop",
		DocFile: docFile,
		Run:     func(pass *analysis.Pass) (any, error) { return run(pass, &cfg) },
	})
	a.Flags.BoolVar(&cfg.Tests, "tests", cfg.Tests, "also report in _test.go files")
	return a
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	return nil, nil
}
