package shutdown_test

import (
	"testing"

	"github.com/prodvet/prodvet/analyzers/shutdown"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestShutdown(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), shutdown.Analyzer,
		"nograceful/httpfunc", "nograceful/server", "nograceful/grpcmain", "nograceful/echomain",
		"nograceful/fxmain", "nograceful/oklogmain",
		"graceful/notifyctx", "graceful/notifyonly", "graceful/localserver", "graceful/grpcstop", "graceful/testfiles",
		"example.com/svc/internal/server", "example.com/svc/internal/store",
		"example.com/svc/cmd/api", "example.com/svc/cmd/worker", "example.com/svc/cmd/gateway",
		"example.com/svc/cmd/runner", "example.com/svc/cmd/tool", "example.com/svc/cmd/serve",
		"example.com/svc/internal/cli", "example.com/svc/cmd/files", "example.com/svc/cmd/root", "example.com/svc/cmd/rootmain",
		"example.com/svc/cmd/devtools", "example.com/svc/cmd/app", "example.com/svc/cmd/centri", "nograceful/loopback", "example.com/svc/cmd/start",
		"sigterm/allsignals", "sigterm/separate", "sigterm/cli",
		"deadline",
		"exitlib", "exitlib/logger", "exitlib/cobracmd", "exitlib/cmd/tool", "exitlib/testutil", "exitlib/withtests", "exitlib/test/itclient",
		"exitdefer", "startup",
	)
}

func TestStartupExits(t *testing.T) {
	a := shutdown.New(shutdown.Config{StartupExits: true})
	analysistest.Run(t, analysistest.TestData(), a, "startupon")
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), shutdown.Analyzer,
		"sigterm/addimport", "sigterm/hasimport", "sigterm/unixsig", "sigterm/helper", "sigterm/unbuffered",
	)
}
