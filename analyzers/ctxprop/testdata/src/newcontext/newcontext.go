package newcontext

import (
	"context"
	ctxpkg "context"
	"database/sql"
	"errors"
	"net/http"
	"time"
)

var db *sql.DB

func load(ctx context.Context, id int) error {
	_, err := db.QueryContext(ctx, "SELECT 1")
	return err
}

func handlerStyle(ctx context.Context) error {
	return load(context.Background(), 1) // want `context.Background\(\) discards the context in scope \(deadline and cancellation are lost\); use ctx`
}

func todo(ctx context.Context) error {
	return load(context.TODO(), 1) // want `context.TODO\(\) discards the context in scope`
}

func renamed(ctx context.Context) error {
	return load(ctxpkg.Background(), 1) // want `ctxpkg.Background\(\) discards`
}

func withTimeout(ctx context.Context) error {
	tctx, cancel := context.WithTimeout(context.Background(), time.Second) // want `context.Background\(\) discards`
	defer cancel()
	return load(tctx, 1)
}

func fromRequest(w http.ResponseWriter, r *http.Request) {
	_ = load(context.Background(), 1) // want `context.Background\(\) discards the context in scope \(deadline and cancellation are lost\); use r.Context\(\)`
}

type server struct{}

func (s *server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	_ = load(context.TODO(), 2) // want `use req.Context\(\)`
}

func inlineClosure(ctx context.Context) error {
	run := func() error {
		return load(context.Background(), 1) // want `context.Background\(\) discards`
	}
	return run()
}

func calledInPlace(ctx context.Context) error {
	return func() error {
		return load(context.Background(), 1) // want `context.Background\(\) discards`
	}()
}

func retry(n int, f func() error) error {
	var err error
	for range n {
		if err = f(); err == nil {
			return nil
		}
	}
	return err
}

func syncCallback(ctx context.Context) error {
	return retry(3, func() error {
		return load(context.Background(), 1) // want `context.Background\(\) discards`
	})
}

func ctxBothParams(ctx context.Context, r *http.Request) {
	_ = load(context.Background(), 1) // want `use ctx$`
}

func shadowedByContext(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	return load(context.Background(), 1) // want `use ctx$`
}

// Negatives.

func noContext() error {
	return load(context.Background(), 1) // ok: no context in scope (startup or library code)
}

func blankContext(_ context.Context) error {
	return load(context.Background(), 1) // ok: the context parameter is deliberately unused
}

func nilDefault(ctx context.Context) error {
	if ctx == nil {
		ctx = context.Background() // ok: default for a nil context
	}
	return load(ctx, 1)
}

func nilDefaultOr(ctx context.Context, strict bool) error {
	if !strict || ctx == nil {
		ctx = context.TODO() // ok: default for a nil context
	}
	return load(ctx, 1)
}

func goroutine(ctx context.Context) {
	go func() {
		_ = load(context.Background(), 1) // ok: a goroutine may outlive ctx; detaching is deliberate
	}()
	go load(context.Background(), 2) // ok: the call runs in a new goroutine
}

func deferred(ctx context.Context) {
	defer func() {
		_ = load(context.Background(), 1) // ok: cleanup runs when ctx may be cancelled
	}()
	defer load(context.Background(), 2) // ok: deferred cleanup
}

func afterFunc(ctx context.Context) {
	time.AfterFunc(time.Second, func() {
		_ = load(context.Background(), 1) // ok: runs after the function returned
	})
	context.AfterFunc(ctx, func() {
		_ = load(context.Background(), 1) // ok: runs once ctx is done
	})
}

func withoutCancel(ctx context.Context) error {
	return load(context.WithoutCancel(ctx), 1) // ok: deliberate detachment keeping values
}

type component struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (c *component) Start(ctx context.Context) {
	c.ctx, c.cancel = context.WithCancel(context.Background()) // ok: the component's own lifetime, stored
}

func newComponent(ctx context.Context) *component {
	return &component{ctx: context.Background()} // ok: stored in a struct for a longer-lived value
}

func detached(ctx context.Context) context.Context {
	return context.Background() // ok: returned to the caller, who decides
}

func handlerInMain() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		_ = load(context.Background(), 1) // want `use r.Context\(\)`
	})
	_ = load(context.Background(), 1) // ok: no context in scope
}

func stored(ctx context.Context) func() error {
	return func() error {
		return load(context.Background(), 1) // ok: the closure is returned and may outlive ctx
	}
}

var errNope = errors.New("nope")

func shadowedName(ctx context.Context) error {
	{
		ctx := 1
		_ = ctx
		return load(context.Background(), 1) // want `use ctx$`
	}
}
