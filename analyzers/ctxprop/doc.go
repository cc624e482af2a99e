// Package ctxprop defines an Analyzer that reports contexts that are
// dropped, replaced or never passed on.
//
// # Analyzer ctxprop
//
// ctxprop: report contexts that are dropped, replaced or never passed on
//
// A request's context carries its deadline and its cancellation. Code that
// drops it keeps working after the client has gone away: the query runs to
// the end, the outgoing call waits for its reply, the child process keeps
// running, and every timeout set upstream (by a load balancer, a caller's
// deadline, http.TimeoutHandler) is ignored. On a laptop nobody cancels
// anything; in production a slow dependency piles up work for clients that
// are no longer listening, and holds the connections and goroutines to do
// it.
//
//	func (s *Server) user(w http.ResponseWriter, r *http.Request) {
//		row := s.db.QueryRow("SELECT name FROM users WHERE id = $1", id)
//		// s.db.QueryRow does not take the context in scope (it ignores
//		// deadline and cancellation); use s.db.QueryRowContext
//
// The rewrite passes the context on:
//
//	row := s.db.QueryRowContext(r.Context(), "SELECT name FROM users WHERE id = $1", id)
//
// # The context in scope
//
// ctxprop reports only where a context is really available. A context is
// in scope in a function that has a named context.Context parameter, a
// named *http.Request parameter (whose Context method gives it), or a named
// request context of a web framework: gin's *gin.Context (c.Request.Context();
// the *gin.Context is itself a context.Context, but its Done and Deadline
// follow the request only when the engine sets ContextWithFallback), echo's
// echo.Context (c.Request().Context()) or fiber's *fiber.Ctx
// (c.UserContext()). chi and gorilla/mux handlers take an *http.Request. The
// types are matched, so a handler's helpers that take the framework's
// context count too, and a type of another package named Context does not.
// The context is in scope in such functions and in the
// function literals inside it that run while it runs: called in place, kept
// in a local variable (that is not returned, stored, sent, or called by a
// go or defer statement), or passed to a function, which ctxprop assumes calls
// them before returning (sort.Slice, errgroup's Go, a retry helper, a
// transaction helper) unless it is one of the callers-later listed below.
// It is not in scope
// in go statements, in deferred calls (cleanup often must outlive the
// cancellation), or in function literals that may run later: returned,
// stored in a field, converted to http.HandlerFunc, or passed to
// time.AfterFunc, context.AfterFunc, sync.OnceFunc, runtime.SetFinalizer,
// http.HandleFunc, testing's Cleanup or singleflight's Do (whose work is
// shared by callers and must not die with the first one), and a cleanup
// closure kept in a variable and returned to the caller
// (cleanup := func() error { ... }; return cleanup, nil) runs after its
// parent has returned. When a function
// has both, the context.Context parameter wins. Suggested fixes write the
// context as the parameter's name, or as r.Context() for a request r (and
// c.Request.Context(), c.Request().Context() or c.UserContext() for the
// frameworks').
//
// # What it reports
//
// Category new-context: context.Background() or context.TODO() made where
// a context is in scope. The fresh context has no deadline and is never
// cancelled. The fix replaces it with the context in scope.
//
//	tctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
//	// context.Background() discards the context in scope (deadline and
//	// cancellation are lost); use ctx
//
// Category no-ctx-variant: a call to a function or method F that has a
// variant taking a context, called where a context is in scope. One rule
// finds the variants: the same package, or the method set of the same
// receiver, has FContext or FWithContext, whose first parameter is a
// context.Context and whose other parameters are those of F (the variant may
// add a trailing variadic parameter of options, as the AWS SDK's
// ...request.Option). This covers database/sql (Query, QueryRow, Exec,
// Prepare and Ping of DB, Tx and Stmt where they exist, Tx.Stmt, also
// through embedding and interfaces), sqlx (Select, Get, Queryx...), http.NewRequest and
// httptest.NewRequest, exec.Command, (*net.Dialer).Dial, (*tls.Dialer).Dial,
// (*tls.Conn).Handshake, the AWS SDK v1 *WithContext methods and your own
// APIs. The fix renames the call and passes the context first. A short
// table adds what has no variant by name: (*sql.DB).Begin (fixed to
// BeginTx(ctx, nil)); http.Get, Head, Post and PostForm and the same
// methods of an *http.Client (build the request with
// http.NewRequestWithContext and call Do); net.Dial on a network other than
// unix sockets (use a net.Dialer's DialContext); and gorm statements (First,
// Find, Create, Save, Update, Delete, Exec, Transaction...) run from a
// *gorm.DB kept in a field or a package variable through a chain that never
// calls WithContext (the fix inserts WithContext(ctx) after the field).
//
// Category lost-in-callee: a call, made where a context is in scope, to a
// function that takes no context and loses it on the way to real work: it
// makes a fresh context that reaches an operation the caller's cancellation
// should have stopped (a query, a request, a wait on ctx.Done()), or it
// calls a standard-library operation that has a context variant without one
// (db.Ping, http.Get, net.Dial, exec.Command), itself or through the
// functions it calls. The diagnostic names the callee, the operation at the
// end of the chain and the function that makes it, and points (as related
// information) at the fresh context or the operation, or at the callee when
// that is in another package. The remedy is to give the callee a context
// parameter and pass the context on. ctxprop exports a fact on such
// functions, so that this works across packages and under go vet -vettool.
//
// The fact means that a fresh context reaches such an operation, unbounded.
// It is not exported by a function whose fresh context is only logged,
// compared, passed to a function value or to one that ignores its context
// (below), explained by a comment as a deliberate detach (below), stored
// (returned, kept in a field,
// a composite literal or a channel, given to a NewX constructor whose result
// keeps it, as pgxpool.NewWithConfig does; or derived with WithCancel
// whose cancel outlives the function, returned or captured by a cleanup
// closure, as a component's Start does for its own lifetime), given to an
// OpenTelemetry
// propagator's Extract (a trace root), given to a cleanup (a function whose
// name begins with Close, Stop, Shutdown, Release, Unlock, Rollback, Cleanup
// or Teardown: cleanup must run after cancellation), bounded by a timeout or
// deadline of its own (context.WithTimeout(context.Background(), d): at most
// d is lost), or that only defaults a nil context (if ctx == nil { ctx =
// context.Background() }); nor by a function that takes a context or an
// *http.Request, returns a context, starts goroutines (with go or
// (*sync.WaitGroup).Go: the fresh context is likely their lifetime), is
// itself named for cleanup, or is a Close, Stop, String or Error method with
// no parameters, whose signature an interface fixes. Calls into the standard
// library are not followed for fresh contexts: it makes them legitimately.
//
// The fact flows up a call, and a call is reported, only where the caller
// can act on it: the callee is in the caller's own module (which the team
// can change), or it has a variant taking a context (FContext or
// FWithContext, as prometheus/common's NewTLSConfigWithContext). A
// third-party constructor that makes its own context and offers no variant
// (the AWS SDK's NewFromConfig, OpenTelemetry's NewTracerProvider) leaves
// the caller nothing to pass its context to, and is not reported, nor are
// first-party functions that call it.
//
//	func (h *Handler) Get(w http.ResponseWriter, r *http.Request) {
//		user, err := store.Load(id)
//		// store.Load calls db.QueryRowContext with context.Background (the
//		// context in scope is lost); pass r.Context() to it
//
// Category request-ctx-in-goroutine: the request's context, r.Context() or
// a context derived from it with context.WithCancel, WithTimeout and the
// like, passed on inside a goroutine started by an HTTP handler (a function
// taking an http.ResponseWriter and an *http.Request, or shaped like a
// framework's handler: func(*gin.Context), func(echo.Context) error,
// func(*fiber.Ctx) error, with the request's context written as above)
// that does not wait for it. The request's context is cancelled when the handler returns, so
// the goroutine's work is cancelled half-way, usually right away. The fix
// wraps the context in context.WithoutCancel, which keeps its values (trace
// IDs, the authenticated user) without the cancellation; it is offered when
// the file imports the context package.
//
//	go audit(r.Context(), event)
//	// r.Context() is passed to a goroutine that outlives the handler
//	// (cancelled when it returns); use context.WithoutCancel
//
// Category cancelled-ctx-in-goroutine: the same hazard outside handlers. A
// function derives a context with a cancel it defers (ctx, cancel :=
// context.WithTimeout(...); defer cancel()), passes it to a goroutine, and
// then returns without waiting: the goroutine's work stops as soon as the
// function returns, as a heartbeat started by a connect function does. It
// is reported only when the function does nothing after the go statement
// but assign and return values: a function that goes on working (a call,
// a loop, a channel operation) may outlive its goroutines on purpose, and
// the deferred cancel is how it stops them. No fix is offered: whether
// the goroutine needs a context of its own or the function should wait
// is the author's call.
//
//	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
//	defer cancel()
//	...
//	go c.heartbeat(ctx)
//	// ctx is cancelled when the function returns (defer cancel()), but the
//	// goroutine started here outlives it and stops at once
//
// # What it does not report
//
//   - Code where no context is in scope: functions without a context or
//     request parameter, main, init, TestMain, constructors and startup code.
//     A blank context parameter (_ context.Context) means the context is
//     deliberately unused.
//   - Context variants that cancel nothing: goccy/go-json's MarshalContext
//     and UnmarshalContext (the context reaches custom marshalers only) and
//     gopsutil's WithContext functions (they read /proc), for
//     no-ctx-variant and lost-in-callee alike.
//   - Context variants that are not the same operation: go-oidc's
//     (*Provider).VerifierContext ignores cancellation and builds a new
//     remote key set on every call, losing Verifier's key cache. The list
//     of such variants is kept in the analyzer, with the reason for each.
//   - The oauth2 client carrier, context.WithValue(context.Background(),
//     oauth2.HTTPClient, client): golang.org/x/oauth2 keeps that context in
//     the token source of a long-lived client, so it carries configuration,
//     not a request's scope.
//   - Test files, unless -ctxprop.tests is set, and generated files.
//   - context.WithoutCancel and context.AfterFunc: deliberate detachment.
//   - A fresh context given to a function that ignores its context: one
//     whose context parameter is blank (_ context.Context) or never used,
//     or an interface method every implementation of which in sight ignores
//     it (hatchet's error wrapper alerting through an Alerter whose no-op
//     and Sentry implementations drop the context). The implementations in
//     sight are the named types of the module declared in the package or
//     in the module's packages it imports; ctxprop exports a fact,
//     ignoresContext, on exported functions and methods whose context
//     parameters are unused, so that this works across packages. With no
//     implementation in sight (an interface implemented by packages that
//     import it), a call through an interface is assumed to use its
//     context. A Context variant that ignores its context is not proposed
//     either.
//   - A fresh context whose statement a comment explains as a deliberate
//     detach: a comment on the line(s) directly above the statement, or on
//     the line of the fresh context, that speaks of the context (context,
//     ctx, cancel, deadline) and gives a reason for leaving it (separate,
//     always, even, still, outlive, detach, survive, independent,
//     regardless, otherwise, because, therefore, avoid, so that, not be
//     cancelled), and is no TODO, FIXME, XXX or HACK note:
//     "// run the rest on a separate context to always send to job
//     controller". No timeout is required: a teardown that must wait after
//     cancellation is unbounded on purpose. Such a fresh context exports no
//     lost-in-callee fact either. A comment that only says what the code
//     does ("// send the ack") is no explanation.
//   - A fresh context made in an unexported function that the package only
//     ever calls as a goroutine of its own (go s.shadowCheck(ctx, req), or
//     a call inside go func() { ... }()), apart from calls in test files:
//     the function owns its lifetime. A function also called synchronously,
//     exported, used as a method value, or called to compute a go
//     statement's arguments is still reported.
//   - A fresh context that is returned, stored in a field or a composite
//     literal, sent on a channel or used by a goroutine: it is the lifetime
//     of something longer-lived than the call, such as a component started
//     here. A fresh context compared with (ctx != context.Background()), or
//     given to a nil context (if ctx == nil { ctx = context.Background() }).
//   - Calls whose only variant takes no context, and variants whose other
//     parameters differ (signal.Notify and signal.NotifyContext), are
//     unexported in another package, or are the function being declared
//     (CommandContext calling Command).
//   - A value built without a context but given one at once or later in the
//     same function: an *http.Request or a go-swagger params struct followed
//     by a chained or later .WithContext(ctx), .SetContext(ctx) or
//     req.Clone(ctx), a Context field assignment (params.Context = ctx), or
//     passed to a call that also takes the context (ctxhttp.Do(ctx, client,
//     req)).
//   - A fresh context given to a cleanup (a.Stop(context.Background()) on
//     an error path, a release with its own WithTimeout), which must run
//     after the context in scope is cancelled, or to an OpenTelemetry
//     propagator's Extract, where it is the root of a remote trace.
//   - gorm chains that start from a parameter or a local variable that may
//     already carry a context (db.Transaction's tx does), or that call
//     WithContext or Session.
//   - Log calls: slog.Info has slog.InfoContext, but the context only adds
//     its values to the record, and a fresh context given to a log function
//     (logger.Printf(context.Background(), ...)) is not a hazard. Set
//     -ctxprop.log-funcs to report them.
//   - A goroutine that watches the request's context on purpose (ctx.Done(),
//     ctx.Err(), context.AfterFunc), one the handler waits for (a
//     sync.WaitGroup or errgroup.Group Wait, a channel receive or a select
//     after the go statement), and goroutines started by functions that are
//     not HTTP handlers, where bounding the work by the context may be
//     intended. A goroutine handed the *http.Request itself is not followed,
//     nor one given the request's context wrapped by a function of the
//     package in a type that embeds context.Context and overrides Done (a
//     hand-made context.WithoutCancel).
//   - lost-in-callee does not follow calls through function values or
//     interfaces (a fresh context given to an interface method counts as
//     reaching an operation unless its implementations in sight ignore it,
//     as above), nor fresh contexts made in the standard library. It
//     recognizes the standard library by the go command's rule, an import
//     path whose first element has no dot, so a module named without a dot
//     (module myservice) is not followed either, even within a package.
//
// # Flags
//
//	-ctxprop.tests       also report in _test.go files and test-support packages
//	-ctxprop.log-funcs   also report log calls that have a *Context variant
//	                     (slog.Info, (*slog.Logger).Warn, a logger's Infof
//	                     with InfofContext) and fresh contexts given to them
//
// # Compared with other tools
//
// noctx reports a fixed list of standard-library calls (database/sql,
// net/http, os/exec, net) whether or not a context is available, so it
// fires in main and in startup code, and it offers no fixes; it declined
// log functions. ctxprop reports only where a context is in scope, finds
// variants by one rule (so sqlx, the AWS SDK and your own APIs are covered
// without a table), and fixes what is mechanical. contextcheck follows calls
// across packages with facts, but reports functions that should take a
// context whether or not a caller has one, which made it noisy enough that
// golangci-lint once disabled it; ctxprop reports the call site only when
// the caller has a context, and does not follow the standard library, log
// calls, metric callbacks, or contexts made for goroutines and stored
// components. gosec's G118 reports context.Background in goroutines
// launched where a request context exists, which ctxprop deliberately
// leaves alone (detaching a goroutine is often right); ctxprop instead
// reports the opposite mistake, handing the request's context to a
// goroutine that outlives the handler, which semgrep's
// http-request-go-context rule matches by pattern. sloglint's context
// option covers the log functions that -ctxprop.log-funcs adds.
package ctxprop
