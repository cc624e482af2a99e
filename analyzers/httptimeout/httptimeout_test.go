package httptimeout_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/httptimeout"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestHTTPTimeout(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), httptimeout.Analyzer,
		"deadline",
		"defaultclient",
		"dotimport",
		"setsdefault",
		"setsdefaulttimeout",
		"clientlit",
		"aliases",
		"embedding",
		"othertypes",
		"server",
		"dial",
		"wellknown",
		"testfilesoff",
		"generated",
		"servertest",
		"helpers",
		"examples/webhook",
		"example",
	)
}

func TestTestsFlag(t *testing.T) {
	a := httptimeout.New(httptimeout.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testfileson", "withexamples/examples/echo")
}
