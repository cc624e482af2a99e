package goroutine

import (
	"context"
	"errors"
	"time"
)

type conn struct{ up bool }

func (c *conn) heartbeat(ctx context.Context) {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// The heartbeat stops as soon as connect returns: its context is
// cancelled by the deferred cancel.
func (c *conn) connect() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if !c.up {
		return errors.New("down")
	}
	go c.heartbeat(ctx) // want `ctx is cancelled when the function returns \(defer cancel\(\)\), but the goroutine started here outlives it and stops at once; give the goroutine a context of its own or wait for it`
	c.up = true
	return nil
}

func (c *conn) connectClosure(parent context.Context) {
	ctx, stop := context.WithCancel(parent)
	defer stop()
	go func() {
		c.heartbeat(ctx) // want `ctx is cancelled when the function returns \(defer stop\(\)\)`
	}()
}

// Started in a loop, and then the function returns: all of them stop.
func (c *conn) fanOut(parent context.Context, n int) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	for i := 0; i < n; i++ {
		go c.heartbeat(ctx) // want `ctx is cancelled when the function returns`
	}
}

// --- Look-alikes that are fine ---

// run blocks after starting its worker: cancel is how it stops it.
func (c *conn) run(parent context.Context) error {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	go c.heartbeat(ctx)
	return c.serve(ctx)
}

func (c *conn) serve(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }

// waitFor receives the goroutine's result before returning.
func (c *conn) waitFor(parent context.Context) error {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- work(ctx) }()
	return <-done
}

// The goroutine gets a context of its own.
func (c *conn) detached(parent context.Context) {
	ctx, cancel := context.WithTimeout(parent, time.Second)
	defer cancel()
	go c.heartbeat(context.WithoutCancel(ctx))
}

// The goroutine only watches the context: stopping with it is the point.
func (c *conn) watch(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	go func() {
		<-ctx.Done()
		c.up = false
	}()
}

// The cancel is not deferred: it is the goroutine's to call.
func (c *conn) owned(parent context.Context) {
	ctx, cancel := context.WithCancel(parent)
	go func() {
		defer cancel()
		c.heartbeat(ctx)
	}()
}

// Started in a loop that goes on working: the function outlives them.
func (c *conn) poll(parent context.Context, n int) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	for i := 0; i < n; i++ {
		go c.heartbeat(ctx)
		time.Sleep(time.Second)
	}
}
