package nplusone_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/nplusone"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestNPlusOne(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), nplusone.Analyzer,
		"sqlloop", "libs", "store", "cache", "service", "goroutines", "batches", "statements",
	)
}

func TestFuncs(t *testing.T) {
	a := nplusone.New(nplusone.Config{Funcs: "(*custom/rpc.Client).Get, custom/rpc.Fetch"})
	analysistest.Run(t, analysistest.TestData(), a, "custom")
}

func TestBadFuncs(t *testing.T) {
	for _, bad := range []string{"Get", "(*custom/rpc.Client.Get", "custom/rpc.", "(custom/rpc).Get", "a b.C"} {
		a := nplusone.New(nplusone.Config{Funcs: bad})
		var rep errRecorder
		analysistest.Run(&rep, analysistest.TestData(), a, "custom/rpc") // no expectations: only the error fails
		if !rep.failed {
			t.Errorf("-funcs=%q: want an error from run", bad)
		}
	}
}

// errRecorder records analysistest failures instead of failing the test.
type errRecorder struct{ failed bool }

func (r *errRecorder) Errorf(format string, args ...any) { r.failed = true }

func TestTestsFlag(t *testing.T) {
	a := nplusone.New(nplusone.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testsflag")
}
