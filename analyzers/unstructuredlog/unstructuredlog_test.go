package unstructuredlog_test

import (
	"path/filepath"
	"testing"

	"github.com/prodvet/prodvet/analyzers/unstructuredlog"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestUnstructuredLog checks the rules line by line: -per-line reports
// every unstructured line, whatever the package's house style.
func TestUnstructuredLog(t *testing.T) {
	a := unstructuredlog.New(unstructuredlog.Config{PerLine: true})
	analysistest.Run(t, analysistest.TestData(), a,
		"stdlog", "mainpkg", "fmtlog", "slogcase", "zapcase", "logruscase", "zerologcase", "logrcase", "klogcase", "wraplib", "wrapuse", "edges", "generated", "testfilesoff", "stdregress", "tool/cmd/ui", "fakehttptest", "testhelper", "pkglevel", "kvcases", "adapters",
	)
}

func TestMainFlag(t *testing.T) {
	a := unstructuredlog.New(unstructuredlog.Config{Main: true, PerLine: true})
	analysistest.Run(t, analysistest.TestData(), a, "mainflag")
}

func TestTestsFlag(t *testing.T) {
	a := unstructuredlog.New(unstructuredlog.Config{Tests: true, PerLine: true})
	analysistest.Run(t, analysistest.TestData(), a, "testfileson")
}

// TestHouseStyle checks the default mode: one finding per package whose
// logging is unstructured only, per-line findings where it already logs
// structurally.
func TestHouseStyle(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unstructuredlog.Analyzer,
		"housestyle", "houselogrus", "adapterprintf", "drift", "driftfields",
		"hazard", "crashreport", "httptesthelper", "msgadapter",
	)
}

// TestModule runs in module mode (testdata/modules/svc has a go.mod), where
// the structured fact crosses packages of one module and zap's version is
// known from the build list.
func TestModule(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "modules", "svc")
	analysistest.Run(t, dir, unstructuredlog.Analyzer, "./logx", "./driftdep", "./sibling", "./zapold")
}
