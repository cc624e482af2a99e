package deliberate

import (
	"context"
	"time"
)

type partition struct{}

func (p *partition) delete(ctx context.Context) error { return ctx.Err() }

// From hatchet: a cleanup closure returned to the caller runs after start
// returns, when its context is likely done.
func (p *partition) start(ctx context.Context) (func() error, error) {
	cleanup := func() error {
		dctx, cancel := context.WithTimeout(context.Background(), 10*time.Second) // ok: runs after start returns
		defer cancel()
		return p.delete(dctx)
	}
	return cleanup, nil
}

// The same, declared with var and stored in a struct.
type stopper struct{ stop func() error }

func (p *partition) startVar(ctx context.Context) stopper {
	var stop = func() error {
		return p.delete(context.Background()) // ok: runs after startVar returns
	}
	return stopper{stop: stop}
}

// Deferred through a variable: it runs when the function returns.
func (p *partition) deferred(ctx context.Context) {
	release := func() { _ = p.delete(context.Background()) } // ok: deferred
	defer release()
}

// A closure kept locally and called while the function runs.
func (p *partition) local(ctx context.Context) error {
	del := func() error {
		return p.delete(context.Background()) // want `context.Background\(\) discards the context in scope`
	}
	return del()
}
