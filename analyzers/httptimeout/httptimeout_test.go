package httptimeout_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/httptimeout"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestHTTPTimeout(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), httptimeout.Analyzer,
		"defaultclient",
	)
}
