package unboundedinput_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/unboundedinput"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestUnboundedInput(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer,
		"requestbody", "uploads", "example.com/svc/api", "example.com/svc/mw", "example.com/other/api", "samepkgmw", "routerlimit", "notmiddleware", "ginapp", "ginlimited", "echoapp", "echolimited", "fiberapp", "decompress", "zstdbounded", "lineread", "inputsize",
	)
}
