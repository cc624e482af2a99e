// Package loops holds retry loops that never give up.
package loops

import (
	"context"
	"database/sql"
	"errors"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"time"
)

func op() error                          { return nil }
func fetch() (string, error)             { return "", nil }
func fetchCtx(context.Context) error     { return nil }
func dial(addr string) (net.Conn, error) { return nil, nil }

var errPermanent = errors.New("permanent")

func isPermanent(err error) bool { return false }

func _() {
	for { // want `retry loop around op has no attempt limit, deadline or context check \(retries forever\)`
		err := op()
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
}

func _() string {
	for { // want `retry loop around fetch has no attempt limit`
		v, err := fetch()
		if err != nil {
			log.Printf("fetch: %v", err)
			time.Sleep(time.Second)
			continue
		}
		return v
	}
}

func _() {
	for { // want `retry loop around op neither stops nor waits between attempts \(hot loop\)`
		if err := op(); err == nil {
			return
		}
	}
}

func _() {
	err := op()
	for err != nil { // want `retry loop around op has no attempt limit`
		time.Sleep(time.Second)
		err = op()
	}
}

func _() {
	for err := op(); err != nil; err = op() { // want `retry loop around op neither stops nor waits`
	}
}

func _(ctx context.Context) {
	// Passing ctx to the operation does not bound the loop: once ctx
	// ends, fetchCtx fails fast, forever.
	for { // want `retry loop around fetchCtx has no attempt limit`
		if err := fetchCtx(ctx); err == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func _() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for range t.C { // want `retry loop around op has no attempt limit`
		if err := op(); err == nil {
			return
		}
	}
}

func _() {
	t := time.NewTicker(time.Second)
	for { // want `retry loop around op has no attempt limit`
		select {
		case <-t.C:
			if err := op(); err == nil {
				return
			}
		}
	}
}

func _() {
	for range time.Tick(time.Second) { // want `retry loop around op has no attempt limit`
		if op() == nil {
			return
		}
	}
}

func _() error {
	for { // want `retry loop around op has no attempt limit`
		err := op()
		if err == nil {
			return nil
		}
		if errors.Is(err, errPermanent) {
			return err // ok: a permanent error ends it, a transient one never does
		}
		time.Sleep(time.Second)
	}
}

func _() error {
	for { // want `retry loop around op neither stops nor waits`
		err := op()
		switch {
		case err == nil:
			return nil
		case isPermanent(err):
			return err
		}
	}
}

func _() net.Conn {
	for { // want `retry loop around dial has no attempt limit`
		c, err := dial("db:5432")
		if err != nil {
			log.Print(err)
			<-time.After(2 * time.Second)
			continue
		}
		return c
	}
}

func _(db *sql.DB) {
	// Waiting for the database at startup, forever.
	for { // want `retry loop around db.Ping has no attempt limit`
		if err := db.Ping(); err != nil {
			log.Printf("db not ready: %v", err)
			time.Sleep(time.Second)
		} else {
			break
		}
	}
}

func _(c *http.Client, req *http.Request) *http.Response {
	for { // want `retry loop around c.Do has no attempt limit`
		resp, err := c.Do(req)
		if err == nil && resp.StatusCode < 500 {
			return resp
		}
		time.Sleep(time.Second)
	}
}

func _() {
	var err error
	for { // want `retry loop around op neither stops nor waits`
		err = op()
		if err != nil {
			err = errors.Join(err, errPermanent)
			continue
		}
		break
	}
	_ = err
}

func _() {
	go func() {
		for { // want `retry loop around op has no attempt limit`
			if err := op(); err == nil {
				return
			}
			time.Sleep(time.Second)
		}
	}()
}

func _() {
outer:
	for { // want `retry loop around op has no attempt limit`
		switch err := op(); err {
		case nil:
			break outer
		default:
			time.Sleep(time.Second)
		}
	}
}

func _(addrs []string) net.Conn {
	// An inner loop over the addresses is bounded; the outer one is not.
	for { // want `retry loop around dial has no attempt limit`
		for _, a := range addrs {
			if c, err := dial(a); err == nil {
				return c
			}
		}
		time.Sleep(time.Second)
	}
}

func _() {
	for { // want `retry loop around op has no attempt limit`
		err := op()
		if err == nil {
			return
		}
		backoffSleep()
	}
}

func backoffSleep() { time.Sleep(time.Second) }

func _() {
	for { // want `retry loop around op has no attempt limit`
		err := op()
		if err == nil {
			return
		}
		pause()
	}
}

func pause() { <-time.After(time.Second) }

func _() {
	for { // want `retry loop around op has no attempt limit`
		if err := op(); err != nil {
			var ne net.Error
			if errors.As(err, &ne) && !ne.Timeout() {
				panic(err) // ok: a non-timeout error stops it, timeouts never do
			}
			time.Sleep(time.Second)
			continue
		}
		return
	}
}

func _() {
	var n int
	for { // want `retry loop around op has no attempt limit`
		n++ // counted, never compared
		if err := op(); err == nil {
			log.Printf("succeeded after %d attempts", n)
			return
		}
		time.Sleep(time.Second)
	}
}

// Forever retries op until it succeeds.
func Forever[T any](op func() (T, error)) T {
	for { // want `retry loop around op has no attempt limit`
		v, err := op()
		if err == nil {
			return v
		}
		time.Sleep(time.Second)
	}
}

type client struct{ conn net.Conn }

func (c *client) connect() error { return nil }

func (c *client) _() {
	for c.connect() != nil { // want `retry loop around c.connect neither stops nor waits`
	}
}

func _() {
	fn := op
	for { // want `retry loop around fn has no attempt limit`
		if err := fn(); err == nil {
			return
		}
		log.Print("retrying")
		time.Sleep(time.Second)
	}
}

func _() {
	d := time.Second
	for { // want `retry loop around op has no attempt limit`
		if err := op(); err == nil {
			return
		}
		time.Sleep(d/2 + rand.N(d)) // jitter alone is no bound
		d = min(2*d, time.Minute)
	}
}
