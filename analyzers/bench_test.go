package analyzers_test

import (
	"path/filepath"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// benchPatterns are the packages the benchmarks analyze: the demo service
// and the standard library packages services use most, with everything
// they import (analyzers with facts visit the dependencies too).
var benchPatterns = []string{"./...", "net/http", "database/sql", "encoding/json", "log/slog"}

// BenchmarkAnalyzers measures each analyzer alone, with the analyzers it
// requires, and the whole suite, on packages loaded and type-checked once:
// what is timed is analysis, not loading. Compare runs with benchstat:
//
//	go test -run '^$' -bench . -count 6 ./analyzers > new.txt
func BenchmarkAnalyzers(b *testing.B) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: filepath.Join("..", "testdata", "demo")}
	pkgs, err := packages.Load(cfg, benchPatterns...)
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("the benchmark's packages do not load")
	}
	suite := analyzers.All()
	for _, a := range suite {
		b.Run(a.Name, func(b *testing.B) { benchAnalyze(b, []*analysis.Analyzer{a}, pkgs) })
	}
	b.Run("suite", func(b *testing.B) { benchAnalyze(b, suite, pkgs) })
}

func benchAnalyze(b *testing.B, as []*analysis.Analyzer, pkgs []*packages.Package) {
	b.ReportAllocs()
	for b.Loop() {
		graph, err := checker.Analyze(as, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatalf("%s on %s: %v", act.Analyzer.Name, act.Package.PkgPath, act.Err)
			}
		}
	}
}
