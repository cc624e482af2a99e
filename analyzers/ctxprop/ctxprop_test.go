package ctxprop_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/ctxprop"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestNewContext(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxprop.Analyzer, "newcontext")
}

func TestNoVariant(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxprop.Analyzer, "variant")
}

func TestLostInCallee(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctxprop.Analyzer, "example.com/lost/...", "stdlike", "example.com/sweep", "example.com/ignored/...")
}

func TestGoroutine(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxprop.Analyzer, "goroutine")
}

func TestScope(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctxprop.Analyzer, "scope")
}

func TestLogFuncs(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctxprop.Analyzer, "logfuncsoff")
	t.Run("log-funcs", func(t *testing.T) {
		a := ctxprop.New(ctxprop.Config{LogFuncs: true})
		analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), a, "logfuncs")
	})
}

func TestTestsFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctxprop.Analyzer, "testsoff")
	t.Run("tests", func(t *testing.T) {
		a := ctxprop.New(ctxprop.Config{Tests: true})
		analysistest.Run(t, analysistest.TestData(), a, "testson")
	})
}

func TestDeliberate(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctxprop.Analyzer, "deliberate")
}

func TestFrameworks(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxprop.Analyzer, "frameworks")
}

func TestCarriers(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxprop.Analyzer, "carriers")
}
