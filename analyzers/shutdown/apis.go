package shutdown

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Import paths of the libraries whose APIs shutdown knows.
const (
	httpPath     = "net/http"
	netPath      = "net"
	grpcPath     = "google.golang.org/grpc"
	echoPath     = "github.com/labstack/echo/v4"
	signalPath   = "os/signal"
	osPath       = "os"
	syscallPath  = "syscall"
	contextPath  = "context"
	timePath     = "time"
	fxPath       = "go.uber.org/fx"
	kratosPath   = "github.com/go-kratos/kratos/v2"
	oklogRunPath = "github.com/oklog/run"
	pprofPath    = "runtime/pprof"
	tracePath    = "runtime/trace"
)

// An api names functions of one package (Type "") or methods of one type
// (either receiver form, interface methods included), for the versions
// noted beside each table entry.
type api struct {
	Pkg, Type string
	Names     []string
}

// matches reports whether fn is one of the functions a names.
func (a api) matches(fn *types.Func) bool {
	if a.Type == "" {
		return match.IsFunc(fn, a.Pkg, a.Names...)
	}
	return match.IsMethod(fn, a.Pkg, a.Type, a.Names...)
}

// lookup returns the entry of table that fn matches, and false if none.
func lookup(table []api, fn *types.Func) (api, bool) {
	if fn == nil {
		return api{}, false
	}
	for _, a := range table {
		if a.matches(fn) {
			return a, true
		}
	}
	return api{}, false
}

// serveAPIs start serving and block until the server stops: net/http
// (all Go versions) and grpc-go (v1).
var serveAPIs = []api{
	{httpPath, "", []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}},
	{httpPath, "Server", []string{"ListenAndServe", "ListenAndServeTLS", "Serve", "ServeTLS"}},
	{grpcPath, "Server", []string{"Serve"}},
}

// gracefulAPIs stop a server gracefully: they wait for the requests in
// flight. Echo (v4) forwards to http.Server.
var gracefulAPIs = []api{
	{httpPath, "Server", []string{"Shutdown"}},
	{grpcPath, "Server", []string{"GracefulStop"}},
	{echoPath, "Echo", []string{"Shutdown"}},
}

// closeAPIs end a server's life abruptly: Close, Stop, or closing the
// listener it serves. They bound a local server's lifetime (a callback
// server closed when the function is done with it) but are no graceful
// shutdown, so they count only inside the package that calls them.
var closeAPIs = []api{
	{httpPath, "Server", []string{"Close"}},
	{grpcPath, "Server", []string{"Stop"}},
	{netPath, "Listener", []string{"Close"}},
	{netPath, "TCPListener", []string{"Close"}},
	{netPath, "UnixListener", []string{"Close"}},
	{echoPath, "Echo", []string{"Close"}},
}

// signalFrameworks run an application until SIGTERM or SIGINT and then
// stop it: uber-go/fx (v1) App.Run, kratos (v2) App.Run, and oklog/run's
// SignalHandler actor. Command-line parsers (cobra, urfave/cli, kingpin,
// kong) do not handle signals and are not listed.
var signalFrameworks = []api{
	{fxPath, "App", []string{"Run"}},
	{kratosPath, "App", []string{"Run"}},
	{oklogRunPath, "", []string{"SignalHandler"}},
}

// notifyAPIs subscribe to signals; the signals follow the first argument
// (Notify's channel, NotifyContext's parent context).
var notifyAPIs = []api{
	{signalPath, "", []string{"Notify", "NotifyContext"}},
}

// Which calls end the process (os.Exit, the loggers' Fatal families) is
// the shared table's knowledge: libs.ExitsProcess.

// isZapExit reports whether fn, which exits, is one of zap's Fatal
// methods, which sync the logger's output before they exit.
func isZapExit(fn *types.Func) bool {
	a, _ := libs.LookupLog(fn)
	return a.Lib == libs.LogZap || a.Lib == libs.LogSugar
}

// cleanupFuncs are package-level functions whose deferred call does work
// that is lost when the process exits first.
var cleanupFuncs = []struct {
	api
	lost string
}{
	{api{osPath, "", []string{"Remove", "RemoveAll"}}, "temporary files are left behind"},
	{api{pprofPath, "", []string{"StopCPUProfile"}}, "the profile is cut short"},
	{api{tracePath, "", []string{"Stop"}}, "the trace is cut short"},
}

// deadlineAPIs stop a server and wait for its requests, with the index of
// the context argument that bounds the wait (-1: none can).
var deadlineAPIs = []struct {
	api
	ctxArg int
}{
	{api{httpPath, "Server", []string{"Shutdown"}}, 0},
	{api{echoPath, "Echo", []string{"Shutdown"}}, 0},
	{api{grpcPath, "Server", []string{"GracefulStop"}}, -1},
}

// timerAPIs bound a wait: a function that uses one around a Shutdown or a
// GracefulStop has a deadline path (a watchdog, a select with a timeout).
var timerAPIs = []api{
	{timePath, "", []string{"After", "AfterFunc", "NewTimer"}},
	{contextPath, "", []string{"WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause"}},
	{grpcPath, "Server", []string{"Stop"}},
}

// freshContexts are the contexts that carry no deadline.
var freshContexts = api{contextPath, "", []string{"Background", "TODO"}}

// derivedContexts derive a context that keeps its parent's deadline (or
// absence of one): the first argument is the parent.
var derivedContexts = api{contextPath, "", []string{"WithCancel", "WithCancelCause", "WithValue", "WithoutCancel"}}
