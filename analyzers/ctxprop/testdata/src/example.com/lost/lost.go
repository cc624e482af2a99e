package lost

import (
	"context"
	"database/sql"
	"net/http"

	"example.com/lost/helpers"
)

var db *sql.DB

func handler(w http.ResponseWriter, r *http.Request) {
	helpers.Load(1)    // want `helpers.Load calls store.QueryContext with context.Background \(the context in scope is lost\); pass r.Context\(\) to it`
	helpers.LoadVia(1) // want `helpers.LoadVia calls store.ExecContext with context.TODO in helpers.inner`
	var repo helpers.Repo
	repo.Get(1)                     // want `repo.Get calls store.QueryContext with context.Background in helpers.Load`
	helpers.Retrying(1)             // want `helpers.Retrying calls store.QueryContext with context.Background \(`
	localLoad()                     // want `localLoad calls db.ExecContext with context.Background \(the context in scope is lost\); pass r.Context\(\) to it`
	viaLocal()                      // want `viaLocal calls db.ExecContext with context.Background in lost.localLoad`
	noCtx()                         // want `noCtx calls store.QueryContext with context.Background in helpers.Load`
	helpers.LoadCtx(r.Context(), 1) // ok: the context is passed on
	helpers.StartWorker()           // ok: starts a goroutine; its context is the worker's lifetime
	helpers.NewClient()             // ok: the fresh context is stored in the client
	helpers.Detach()                // ok: returns a context; the caller decides
	helpers.Cleanup()               // ok: the fresh context is used in a defer
	helpers.Ping("http://x")        // want `helpers.Ping calls http.Get with no context \(the context in scope is lost\)`
	helpers.Ready(db)               // want `helpers.Ready calls db.Ping with no context`
	helpers.Bounded(1)              // ok: bounded by the callee's own timeout
	helpers.Release(1)              // ok: cleanup
	_, _ = helpers.NewService()     // ok: the fresh context only rolls back a failed setup
	_, _ = helpers.OpenPool()       // ok: the fresh context is the pool's lifetime
	helpers.Later()                 // ok: the fresh context is made in a callback that runs later
	go helpers.Load(2)              // ok: runs in a new goroutine
	helpers.Notify(1)               // ok: the callee explains why it detaches
	helpers.Announce(1)             // want `helpers.Announce calls store.ExecContext with context.Background`
}

func service(ctx context.Context) {
	helpers.Load(1) // want `helpers.Load calls store.QueryContext with context.Background \(the context in scope is lost\); pass ctx to it`
	func() {
		localLoad() // want `localLoad calls db.ExecContext with context.Background`
	}()
}

func localLoad() { // want localLoad:"freshContext"
	db.ExecContext(context.Background(), "UPDATE")
}

func viaLocal() { // want viaLocal:"freshContext"
	localLoad()
}

func noCtx() { // want noCtx:"freshContext"
	helpers.Load(3) // ok: no context in scope here; noCtx itself carries the fact
}

// From hatchet: a component's Start makes the context of its lifetime and
// returns the cleanup that cancels it; its owner stops it, not the caller's
// cancellation.
type controller struct{}

func (c *controller) reassign(ctx context.Context) { db.ExecContext(ctx, "UPDATE") }

func (c *controller) Start() (func() error, error) {
	ctx, cancel := context.WithCancel(context.Background())
	c.reassign(ctx) // in hatchet, scheduled with gocron
	cleanup := func() error {
		cancel()
		return nil
	}
	return cleanup, nil
}

func (c *controller) StartStored(stop *func()) {
	ctx, cancel := context.WithCancel(context.Background())
	*stop = cancel
	c.reassign(ctx)
}

// A cancel that only a deferred call uses bounds nothing beyond the call:
// the work is the caller's, and its context is lost.
func (c *controller) Once() { // want Once:"freshContext"
	ctx, cancel := context.WithCancel(context.Background())
	defer func() { cancel() }()
	c.reassign(ctx)
}

func engine(ctx context.Context, c *controller) {
	_, _ = c.Start() // ok: Start returns the cleanup of the component's own lifetime
	var stop func()
	c.StartStored(&stop) // ok: the cancel is handed to the caller
	c.Once()             // want `c.Once calls c.reassign with context.Background`
}
