package declare_test

import (
	"go/types"
	"regexp"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
)

const docFile = `// Package boom is an analyzer that panics.
//
// # Analyzer boom
//
// boom: panic on every package
//
// It exists to test the crash guard.
package boom
`

// TestGuard checks that a panic inside an analyzer becomes one error that
// names the analyzer, the package, the panic value and where it happened,
// instead of taking the driver down.
func TestGuard(t *testing.T) {
	a := declare.Analyzer(declare.Spec{
		Name:    "boom",
		DocFile: docFile,
		Tests:   new(bool),
		Run: func(*analysis.Pass, *report.Reporter) (any, error) {
			var m map[string]int
			m["x"]++ // a nil-map write: a runtime panic, as a real bug would be
			return nil, nil
		},
	})
	_, err := a.Run(&analysis.Pass{Analyzer: a, Pkg: types.NewPackage("example.com/svc", "svc")})
	if err == nil {
		t.Fatal("the panic was swallowed: Run returned no error")
	}
	want := regexp.MustCompile(`^internal error in boom on package example.com/svc: assignment to entry in nil map at declare_test.go:\d+ \(please report it\)$`)
	if !want.MatchString(err.Error()) {
		t.Errorf("error = %q, want it to match %s", err, want)
	}
}
