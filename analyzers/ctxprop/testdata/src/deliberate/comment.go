// Package deliberate holds fresh contexts made on purpose where a context
// is in scope, beside look-alikes that are not.
package deliberate

import (
	"context"
	"time"
)

type dispatcher struct{}

func (d *dispatcher) send(ctx context.Context) error { return ctx.Err() }

// From hatchet: a detach explained by the comment above it, and bounded.
func (d *dispatcher) handleFailed(inputCtx context.Context) error {
	// run the rest on a separate context to always send to job controller
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second) // ok: explained above
	defer cancel()
	return d.send(ctx)
}

// A detach explained on its own line.
func (d *dispatcher) ack(ctx context.Context) error {
	return d.send(
		context.Background(), // ok: the ack must go out even if the caller's ctx is done
	)
}

type worker struct{}

func (w *worker) waitForAllReady(ctx context.Context) { <-ctx.Done() }

// From openfga: a teardown that must wait after cancellation, unbounded,
// explained by a comment of several lines.
func (w *worker) teardown(ctx context.Context) {
	// When the context is canceled, WaitForAllReady should still wait for
	// all members of the cycle group to enter a ready state. Therefore,
	// we use [context.Background] here.
	w.waitForAllReady(context.Background()) // ok: explained above
}

// A note to fix it is no explanation.
func (d *dispatcher) todo(ctx context.Context) error {
	// TODO: pass ctx; always detached for now
	return d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// A comment that says what, not why.
func (d *dispatcher) plain(ctx context.Context) error {
	// send the ack to the controller
	return d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// A comment about the context that gives no reason to leave it.
func (d *dispatcher) noReason(ctx context.Context) error {
	// create a cancellation context for this workflow
	wctx, cancel := context.WithCancel(context.Background()) // want `context.Background\(\) discards the context in scope`
	defer cancel()
	return d.send(wctx)
}

// A reason that does not speak of the context.
func (d *dispatcher) notAboutContext(ctx context.Context) error {
	// always send the ack
	return d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// A comment separated from the statement by a blank line explains
// something else.
func (d *dispatcher) notAbove(ctx context.Context) error {
	// run on a separate context to always send

	return d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}
