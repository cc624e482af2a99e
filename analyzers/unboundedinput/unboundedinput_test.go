package unboundedinput_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/unboundedinput"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestUnboundedInput(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer,
		"requestbody", "uploads", "example.com/svc/api", "example.com/svc/mw", "example.com/other/api", "samepkgmw", "routerlimit", "notmiddleware", "ginapp", "ginlimited", "echoapp", "echolimited", "fiberapp", "decompress", "zstdbounded", "lineread", "inputsize", "generated",
	)
}

func TestTestsFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer, "testsoff", "testsoff/testutil")
	a := unboundedinput.New(unboundedinput.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testson", "testson/testutil")
}
