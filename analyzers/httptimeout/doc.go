// Package httptimeout defines an Analyzer that reports HTTP clients, HTTP
// servers and network dials that have no timeout.
//
// # Analyzer httptimeout
//
// httptimeout: report HTTP clients, servers and dials with no timeout
//
// A call that can wait forever is the most common way a Go service falls
// over. Go's defaults never time out: http.DefaultClient and a zero
// http.Client wait for a slow server as long as it keeps the connection
// open, a zero http.Server lets slow clients hold connections (and file
// descriptors) forever (Slowloris), and net.Dial waits for the operating
// system's connect timeout, which is minutes. On a laptop the other side
// always answers; in production one stuck dependency fills every worker
// with hung calls.
//
// # What it reports
//
// Category default-client: http.Get, http.Head, http.Post and
// http.PostForm, which use http.DefaultClient, and every other use of
// http.DefaultClient: calls through it, passing it on, storing it.
//
//	resp, err := http.Get(url) // http.Get uses http.DefaultClient, which has no timeout
//
// Category client-timeout: an http.Client made with no Timeout, or with a
// constant Timeout of zero or less: composite literals, new(http.Client),
// var c http.Client, structs that embed an http.Client and leave it zero,
// and the well-known constructors that return clients without a timeout
// (go-cleanhttp's DefaultClient and DefaultPooledClient, go-retryablehttp's
// NewClient, whose HTTPClient has none).
//
//	client := &http.Client{Transport: t} // http.Client{...} has no Timeout
//
// Category server-timeout: an http.Server with neither ReadHeaderTimeout
// nor ReadTimeout, and http.ListenAndServe, http.ListenAndServeTLS,
// http.Serve and http.ServeTLS, which serve with a zero http.Server.
//
// Category dial-timeout: net.Dial and tls.Dial on TCP, net.DialTimeout
// with a constant timeout of zero, and a net.Dialer with neither Timeout
// nor Deadline that is used to dial in the same function.
//
// A value is reported once, where it is made, so a constructor that
// returns a client without a timeout is reported at its literal and not at
// every caller.
//
// # The fix
//
// Give every client an overall Timeout, every server a ReadHeaderTimeout,
// every dialer a Timeout:
//
//	client := &http.Client{Transport: t, Timeout: 10 * time.Second}
//	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 5 * time.Second}
//	d := &net.Dialer{Timeout: 5 * time.Second}
//
// The right value depends on the dependency, so httptimeout offers no
// suggested fix: a guessed timeout is worse than none.
//
// # What it does not report
//
//   - A timeout set after construction in the same function, before the
//     value is used or escapes (c := &http.Client{}; c.Timeout = d), or,
//     for a package-level variable, anywhere in the package (say, in init).
//   - An http.Client whose Transport visibly sets ResponseHeaderTimeout (a
//     transport literal, or a variable given one in the same function):
//     that is how streaming clients bound the wait for a server without
//     cutting long downloads off, which an overall Timeout would do.
//   - A client (or http.DefaultClient) held by a local variable whose only
//     use in its function is Do, each time with a request made by
//     http.NewRequestWithContext (or WithContext, Clone) from a context
//     that context.WithTimeout or WithDeadline made in straight-line code
//     before it: every request ends at its deadline. A request with the
//     caller's context, or a client that is returned or stored, is still
//     reported: nothing there promises a deadline.
//   - A pointer declared with no value (var srv *http.Server): it is nil,
//     and the server or client assigned to it later is reported where it is
//     made.
//   - A non-constant timeout (Timeout: cfg.Timeout): its value is the
//     configuration's business.
//   - http.DefaultClient in a package that sets http.DefaultClient or its
//     Timeout itself, and comparisons with http.DefaultClient.
//   - Requests to an httptest.Server's URL, which is local.
//   - net.Dial on a constant non-TCP network ("unix", "udp", ...), or on a
//     network that is not a constant; a net.Dialer that is only stored (as a
//     Transport's DialContext, say), or used with DialContext and a context
//     other than context.Background or context.TODO, which may carry a
//     deadline.
//   - Values that merely look alike: a variable named http, or a type named
//     Client in another package.
//   - Packages that exist to support tests (testutil, e2e, an xtest
//     named after the package it tests like net/http/httptest, or one
//     whose exported functions mostly take a testing.TB; see the README):
//     their clients and servers talk to the tests' loopback servers. And
//     the standard library packages that define the defaults (net/http's
//     Get is DefaultClient.Get, net.Dial a zero Dialer).
//   - _test.go files, unless -httptimeout.tests is set; generated files.
//   - Example programs: packages under an examples/ or _examples/
//     directory (a README's webhook receiver, a migration guide's snippet)
//     are not the service, so they are skipped like test support, unless
//     -httptimeout.tests is set. A package named example is not skipped.
//
// Compared with its peers: gosec's G112 checks only http.Server composite
// literals and G114 only the package-level serve functions; noctx reports
// http.Get for its missing context, not its missing timeout; no linter in
// golangci-lint checks http.Client values.
//
// # Flags
//
//	-httptimeout.tests   also report in _test.go files, test-support packages and examples
//
// # Categories
//
// default-client, client-timeout, server-timeout, dial-timeout.
package httptimeout
