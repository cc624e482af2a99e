package goroutine

import (
	"context"
	"net/http"
	"sync"
	"time"
)

func audit(ctx context.Context, what string) {}

func work(ctx context.Context) error { return nil }

func direct(w http.ResponseWriter, r *http.Request) {
	go audit(r.Context(), "x") // want `r.Context\(\) is passed to a goroutine that outlives the handler \(cancelled when it returns\); use context.WithoutCancel`
}

func closure(w http.ResponseWriter, r *http.Request) {
	go func() {
		audit(r.Context(), "x") // want `r.Context\(\) is passed to a goroutine`
	}()
	w.WriteHeader(http.StatusAccepted)
}

func viaVariable(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	go func() {
		_ = work(ctx) // want `ctx, derived from r.Context\(\), is passed to a goroutine that outlives the handler`
		audit(ctx, "done")
	}()
}

func derived(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), time.Minute)
	defer cancel()
	go work(ctx) // want `ctx, derived from r.Context\(\), is passed to a goroutine`
}

type api struct{}

func (a *api) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	go audit(req.Context(), "x") // want `req.Context\(\) is passed to a goroutine`
}

func registered() {
	http.HandleFunc("/x", func(w http.ResponseWriter, r *http.Request) {
		go audit(r.Context(), "x") // want `r.Context\(\) is passed to a goroutine`
	})
}

// Negatives.

func awaitedWG(w http.ResponseWriter, r *http.Request) {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // ok: the handler waits for it
		defer wg.Done()
		audit(r.Context(), "x")
	}()
	wg.Wait()
}

func awaitedChan(w http.ResponseWriter, r *http.Request) {
	done := make(chan error)
	go func() { done <- work(r.Context()) }() // ok: the handler receives its result
	<-done
}

func awaitedSelect(w http.ResponseWriter, r *http.Request) {
	done := make(chan error, 1)
	go func() { done <- work(r.Context()) }() // ok: the handler selects on its result
	select {
	case <-done:
	case <-time.After(time.Second):
	}
}

func detached(w http.ResponseWriter, r *http.Request) {
	go audit(context.WithoutCancel(r.Context()), "x") // ok: deliberately detached
	ctx := context.WithoutCancel(r.Context())
	go audit(ctx, "y") // ok: deliberately detached
}

func watcher(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	go func() { // ok: the goroutine watches the request's cancellation on purpose
		<-ctx.Done()
		audit(ctx, "cancelled")
	}()
}

func fresh(w http.ResponseWriter, r *http.Request) {
	go audit(context.Background(), "x") // ok: a fresh context is not cancelled with the request
}

func notHandler(ctx context.Context) {
	go audit(ctx, "x") // ok: not an HTTP handler; bounding a worker by ctx may be intended
}

func client(req *http.Request) {
	go audit(req.Context(), "x") // ok: an outgoing request, not a handler
}

func values(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	go func() {
		_ = ctx.Value("k") // ok: reading values is unaffected by cancellation
	}()
}

// From centrifugo: a context type of its own that embeds the request's
// context for its values but replaces Done, Err and Deadline.
type cancelCtx struct {
	context.Context
	ch <-chan struct{}
}

func (c cancelCtx) Done() <-chan struct{}                   { return c.ch }
func (c cancelCtx) Err() error                              { return nil }
func (c cancelCtx) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }

func newCancelCtx(ctx context.Context, ch <-chan struct{}) context.Context {
	return cancelCtx{Context: ctx, ch: ch}
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	go func() {
		ch := make(chan struct{})
		defer close(ch)
		_ = work(newCancelCtx(r.Context(), ch)) // ok: detached by its own Done
	}()
}
