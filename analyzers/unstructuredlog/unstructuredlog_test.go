package unstructuredlog_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/unstructuredlog"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestUnstructuredLog(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unstructuredlog.Analyzer,
		"stdlog", "mainpkg", "fmtlog", "slogcase", "zapcase", "logruscase", "zerologcase", "logrcase", "klogcase", "wraplib", "wrapuse", "edges", "generated", "testfilesoff", "stdregress", "tool/cmd/ui", "fakehttptest", "testhelper", "pkglevel",
	)
}

func TestMainFlag(t *testing.T) {
	a := unstructuredlog.New(unstructuredlog.Config{Main: true})
	analysistest.Run(t, analysistest.TestData(), a, "mainflag")
}

func TestTestsFlag(t *testing.T) {
	a := unstructuredlog.New(unstructuredlog.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testfileson")
}
