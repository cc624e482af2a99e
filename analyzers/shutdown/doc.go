// Package shutdown defines an Analyzer that reports services that die
// badly: on a deploy, on SIGTERM, or by exiting from the wrong place.
//
// # Analyzer shutdown
//
// shutdown: report services that die badly on deploy or exit
//
// Every deploy restarts a service. Kubernetes, systemd and container
// runtimes stop a process by sending SIGTERM and, after a grace period,
// SIGKILL. A server that does not catch SIGTERM dies at once and cuts every
// request in flight; one that listens for Ctrl-C (SIGINT) only does the
// same in production, though it stops cleanly on a laptop. A server that
// shuts down with no deadline waits for its slowest connection until the
// SIGKILL comes. And os.Exit or log.Fatal, called from a library or after a
// defer, ends the process without running deferred calls: buffered output
// is lost, temporary files stay behind, the caller cannot recover.
//
// # What it reports
//
// Category no-graceful-shutdown: a program whose main package starts a
// server (http.ListenAndServe, http.Serve and their TLS forms, the same
// methods of *http.Server, (*grpc.Server).Serve) but never stops one
// gracefully (Shutdown, GracefulStop) or abruptly (Close, Stop, closing the
// listener while serving), and never subscribes to SIGTERM or SIGINT. It
// is reported at the serve call when main's package makes it, and at the
// call of the function (or the cobra command variable) that leads to it
// when it is in another package:
//
//	func main() {
//		srv := &http.Server{Addr: ":8080", Handler: h, ReadHeaderTimeout: 5 * time.Second}
//		log.Fatal(srv.ListenAndServe()) // srv.ListenAndServe serves with no graceful shutdown
//	}
//
// Functions of every package export what they do as a fact: that they
// serve with nothing that stops the server, that they stop a server or
// handle signals, so main's call of server.Start() is judged by Start's
// body, and a server.Run(ctx) that shuts down on ctx.Done() is recognised.
// Frameworks' serve methods (echo's Start, gin's Run) are recognised the
// same way, from their bodies. Known to handle signals for the program,
// and so accepted as its graceful shutdown: go.uber.org/fx's App.Run,
// kratos's App.Run and oklog/run's SignalHandler. Command-line parsers
// (cobra, urfave/cli, kingpin, kong) handle no signals: the command they
// run must.
//
// Category sigterm: in a program that serves, a signal.Notify or
// signal.NotifyContext that lists os.Interrupt or SIGINT but not SIGTERM,
// in main's package (reported with a fix that adds syscall.SIGTERM, and
// the import if needed) or in a function it calls (reported at the call).
// A command-line tool that is no server should stop on Ctrl-C only, and
// is not reported. Anywhere, also signal.Notify on a channel made without
// a buffer: the signal package never blocks to deliver, so a signal that
// arrives while nobody receives is lost (the fix gives the channel a
// buffer of 1; go vet's sigchanyzer reports the same).
//
//	signal.NotifyContext(ctx, os.Interrupt) // listens for SIGINT but not SIGTERM; add syscall.SIGTERM
//
// Category shutdown-deadline: (*http.Server).Shutdown or echo's Shutdown
// given a context with no deadline (context.Background(), TODO(), one
// derived from them by WithCancel or WithValue, or a variable holding
// one), and (*grpc.Server).GracefulStop, in a function that bounds the
// wait in no other way: no timer or timeout (time.After, AfterFunc,
// NewTimer, context.WithTimeout) and no fallback to Stop. A stop in a
// goroutine that tells nobody when it is done (no send, close or
// WaitGroup Done) is not reported: nothing waits for it, so it delays no
// exit.
//
//	srv.Shutdown(context.Background()) // waits with no deadline
//
// Category exit-in-library: os.Exit, syscall.Exit, log.Fatal and its
// kin, (*log.Logger).Fatal..., the Fatal methods of zap and logrus
// (logrus.Exit too), and zerolog's Fatal(), in a package that is neither
// main nor command code (role.IsCommand: a cmd or cli directory, a cobra,
// urfave/cli, kong or kingpin command tree). Calls of an exit wrapper, a
// function named Fatal... or Exit... that exits, are reported in its
// place, in its package and in others (a fact tells).
//
// Category exit-after-defer: in main or command code, an exit after a
// defer of the same function on some path (or of a function whose literal
// holds the exit, such as a goroutine started by main), when the deferred
// call does work that is lost: a Flush or Sync (of anything but an
// *os.File), the Close of a buffering writer (gzip, zlib, tar, zip),
// Shutdown or ForceFlush of what is not a server (a tracer provider),
// os.Remove and os.RemoveAll, pprof.StopCPUProfile, trace.Stop; directly,
// in a deferred literal, or in a function of the package it calls.
//
//	defer w.Flush()
//	if err != nil {
//		log.Fatal(err) // log.Fatal exits before the deferred w.Flush() runs
//	}
//
// # The fix
//
// Stop on SIGTERM with a bound shorter than the grace period:
//
//	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
//	defer stop()
//	go func() {
//		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
//			log.Print(err)
//		}
//	}()
//	<-ctx.Done()
//	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
//	defer cancel()
//	srv.Shutdown(sctx)
//
// For gRPC, run GracefulStop in a goroutine and call Stop when a timer
// fires first. Return errors from libraries; exit only in main, after
// run() error has returned and its defers have run.
//
// # What it does not report
//
//   - Servers and signals outside main: a library, or a command package
//     that may hold a developer's subcommand (a local file server) beside
//     the server command, only exports what it does; main judges the whole
//     program. Within main's package one stop or one signal handler
//     anywhere accounts for every server: which of its functions main
//     reaches through function values and interfaces is not known.
//   - A second serving call into a package already reported: in command
//     code every function that touches the command tree (rootCmd) leads
//     to its servers, so main reports each other package once.
//   - A server on a constant loopback address (localhost:6060, 127.0.0.1,
//     [::1]): a local debug endpoint takes no traffic to drain.
//   - One-shot local servers bounded by their function: served in a
//     goroutine and closed (Close, or the listener's Close) when the
//     function is done. A deferred Close of the listener next to a
//     blocking Serve bounds nothing and does not count.
//   - A signal subscription listing signals it does not show (a variable,
//     sigs...), or none (every signal).
//   - Shutdown given a context from a parameter or a request: it may have
//     a deadline.
//   - Exits in startup code of libraries: init functions, package-level
//     initializers, constructors and initializers by name (New..., Must...,
//     Init..., Setup..., Configure..., exported Build...) and the
//     unexported functions only they call. Exiting on a bad configuration
//     before serving loses little; -shutdown.startup-exits reports them.
//   - Exits in logging packages (log, logger, logging, ...), whose Fatal
//     level exits by contract; in exit wrappers themselves; in packages
//     under a test or tests directory and in files of test helpers
//     (test_helpers.go, testing.go); zerolog's WithLevel(FatalLevel),
//     which does not exit.
//   - Exit after defer, when nothing is lost: deferred cancel funcs,
//     Unlock, Close of files, connections, pools and clients (a Kafka
//     client's Close flushes nothing), Sync of an *os.File, Shutdown of a
//     server, function values whose body is out of sight (defer cleanup()).
//     Also a zap Fatal after a deferred Sync of a zap logger (zap syncs
//     before it exits), a deferred cleanup done by hand before the exit,
//     defer os.Exit(code), a defer on another branch than the exit, and
//     exits inside deferred functions (the unwinding order is not
//     modelled).
//   - _test.go files and packages that support tests, unless
//     -shutdown.tests is set; generated files.
//
// Compared with its peers: go vet's sigchanyzer and staticcheck's SA1017
// report only unbuffered signal channels; go-critic's exitAfterDefer
// reports any defer before log.Fatal or os.Exit without control flow (a
// defer on the other branch, a cancel func) and is name-based for the
// exits; revive's deep-exit matches the identifiers log and os. No Go
// linter checks graceful shutdown or its deadline.
//
// # Off by default
//
// shutdown does not run unless turned on: -shutdown on the command line
// (which, as with go vet, runs only the analyzers named), "enabled: true"
// under analyzers.shutdown in .prodvet.yml (which adds it to the default
// suite), or "enable:" in the golangci-lint plugin's settings. New
// analyzers join the default suite once their findings on the corpus of
// real services meet the targets (60% real, 5% false): shutdown's five
// findings there have no false one but only one real one, four being
// minor (docs/precision.md).
//
// # Flags
//
//	-shutdown.tests          also report in _test.go files and test-support packages
//	-shutdown.startup-exits  also report exits in library startup code
//
// # Categories
//
// no-graceful-shutdown, sigterm, shutdown-deadline, exit-in-library,
// exit-after-defer.
package shutdown
