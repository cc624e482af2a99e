package unboundedretry_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/unboundedretry"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestUnboundedRetry(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedretry.Analyzer,
		"loops",
		"bounded",
		"libs",
		"stdregress",
		"consumer",
		"testsoff",
	)
}

func TestTestsFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedretry.New(unboundedretry.Config{Tests: true}),
		"testson",
	)
}
