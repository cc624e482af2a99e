// Package sweep holds reduced versions of code found by sweeping the
// standard library and popular modules, true and false positives alike.
package sweep

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os/exec"
	"time"
)

// From os/exec: the variant is built on the plain function.
type Cmd struct{ ctx context.Context }

func Command(name string, arg ...string) *Cmd { return &Cmd{} }

func CommandContext(ctx context.Context, name string, arg ...string) *Cmd {
	cmd := Command(name, arg...) // ok: inside the variant itself
	cmd.ctx = ctx
	return cmd
}

// From internal/trace/traceviewer: a handler runs a tool without the request's context.
func svgHandler(w http.ResponseWriter, r *http.Request) {
	out, err := exec.Command("go", "tool", "pprof").CombinedOutput() // want `exec.Command does not take the context in scope`
	_, _ = out, err
}

// From golang.org/x/net/context/ctxhttp: the request gets the context later.
func Do(ctx context.Context, client *http.Client, req *http.Request) (*http.Response, error) {
	return client.Do(req.WithContext(ctx))
}

func Get(ctx context.Context, client *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequest("GET", url, nil) // ok: passed to Do with ctx below
	if err != nil {
		return nil, err
	}
	return Do(ctx, client, req)
}

func Head(ctx context.Context, client *http.Client, url string) (*http.Response, error) {
	req, err := http.NewRequest("HEAD", url, nil) // ok: WithContext below
	if err != nil {
		return nil, err
	}
	return client.Do(req.WithContext(ctx))
}

// From minio-go: the context is dropped on the way.
func FanOut(ctx context.Context, url string, body io.Reader) (*http.Request, error) { // want FanOut:"ignoresContext"
	return http.NewRequest(http.MethodPost, url, body) // want `http.NewRequest does not take the context in scope`
}

type Client struct{}

func (c *Client) StatObject(ctx context.Context, bucket, object string) error { return ctx.Err() }

func (c *Client) ComposeObject(ctx context.Context, bucket string, objects ...string) error { // not ignoresContext: it drops ctx for a fresh one, reported inside
	for _, o := range objects {
		if err := c.StatObject(context.Background(), bucket, o); err != nil { // want `context.Background\(\) discards the context in scope`
			return err
		}
	}
	return nil
}

// From slack-go: an API with Context variants called from a handler.
func (c *Client) PostMessage(channel string, text string) error { return nil }
func (c *Client) PostMessageContext(ctx context.Context, channel string, text string) error {
	return ctx.Err()
}

func events(c *Client) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c.PostMessage("C1", "hi") // want `c.PostMessage does not take the context in scope .*; use c.PostMessageContext`
	}
}

// From go-redis: logging with a fresh context is not a hazard.
type logger struct{}

func (logger) Printf(ctx context.Context, format string, v ...any) {} // want Printf:"ignoresContext"

var Logger logger

func popIdle() { // ok: only logs with a fresh context; no fact
	Logger.Printf(context.Background(), "failed after %d attempts", 3)
}

func handoff(ctx context.Context) error {
	popIdle()                                                       // ok: the callee only logs with a fresh context
	Logger.Printf(context.Background(), "applying relaxed timeout") // ok: log calls are reported only with -log-funcs
	return nil
}

// From go-redis: a nil context on a queued request defaults to Background.
type request struct{ ctx context.Context }

func failReqs(reqs []request, errorCallback func(context.Context, error)) { // ok: nil default; no fact
	for _, r := range reqs {
		octx := r.ctx
		if octx == nil {
			octx = context.Background()
		}
		errorCallback(octx, nil)
	}
}

func serve(ctx context.Context, reqs []request) {
	failReqs(reqs, nil) // ok: the callee only defaults nil contexts
}

// From go-redis: a dial that outlives the caller gets its own context, stored in the wait entry.
type wantConn struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func queuedNewConn(ctx context.Context, queue chan *wantConn) {
	dialCtx, cancel := context.WithCancel(context.Background()) // ok: stored in a wait entry handed to a goroutine
	w := &wantConn{ctx: dialCtx, cancel: cancel}
	queue <- w
}

// From go-redis: metrics callbacks get a fresh context; Close cannot take one.
var metricCallback func(ctx context.Context, n int)

func TrackConn() { // ok: passes the fresh context to a function value only; no fact
	if cb := metricCallback; cb != nil {
		cb(context.Background(), 1)
	}
}

type Manager struct{}

func (m *Manager) retire(ctx context.Context) {}

func (m *Manager) Close() error { // ok: io.Closer fixes the signature; no fact
	m.retire(context.Background())
	return nil
}

func failover(ctx context.Context, m *Manager) {
	TrackConn() // ok: the callee only feeds a metrics callback
	m.Close()   // ok: Close cannot take a context
}

// From go-redis: a health check with its own short timeout, reached from a
// request path. It was reported until the triage corpus judged every
// fresh context bounded by its callee's own timeout minor or false (an
// advisory unlock, a connection check, a tracer dial): at most the timeout
// is lost, and nothing hangs.
type node struct{}

func (n *node) Ping(ctx context.Context) error { return ctx.Err() }

func (n *node) Loading() bool { // ok: bounded by its own 100ms timeout; no fact
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	return n.Ping(ctx) != nil
}

func slotNode(ctx context.Context, n *node) bool {
	return n.Loading() // ok: the callee bounds its work with a timeout of its own
}

// From go-redis: a future with a Context variant of Wait.
type future struct{}

func (f *future) Wait() error                           { return nil }
func (f *future) WaitContext(ctx context.Context) error { return ctx.Err() }

func processBlocking(ctx context.Context, f *future) error {
	return f.Wait() // want `f.Wait does not take the context in scope .*; use f.WaitContext`
}

// From net/http's socks dialer: comparing with Background is not making one.
func connect(ctx context.Context) {
	if ctx != context.Background() { // ok: a comparison
		_ = bufio.NewReader(nil)
	}
}
