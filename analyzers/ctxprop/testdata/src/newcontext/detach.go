package newcontext

import (
	"context"
	"time"

	"go.opentelemetry.io/otel/propagation"
)

type inhibitor struct{ propagator propagation.TextMapPropagator }

func (ih *inhibitor) process(ctx context.Context, a string) {}

// From alertmanager: each alert's trace parent is extracted from its headers.
func (ih *inhibitor) run(ctx context.Context, headers map[string]string) {
	traceCtx := context.Background() // ok: the root of a remote trace, extracted below
	if headers != nil {
		traceCtx = ih.propagator.Extract(traceCtx, propagation.MapCarrier(headers))
	}
	ih.process(traceCtx, "a")
}

type app struct{}

func (a *app) Stop(ctx context.Context) error { return nil }

func (a *app) setup(ctx context.Context) error { return nil }

// From alertmanager: a failed setup is rolled back with a fresh context.
func start(ctx context.Context, a *app) error {
	if err := a.setup(ctx); err != nil {
		_ = a.Stop(context.Background()) // ok: cleanup must outlive ctx's cancellation
		return err
	}
	return nil
}

type conn struct{}

func (c *conn) ReleaseLock(ctx context.Context) {}

func unlock(ctx context.Context, c *conn) {
	rctx, cancel := context.WithTimeout(context.Background(), time.Second) // ok: the release runs after cancellation
	defer cancel()
	c.ReleaseLock(rctx)
}
