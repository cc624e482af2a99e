// Package bounded holds retry loops that give up, and loops that are not
// retry loops at all.
package bounded

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net"
	"net/http"
	"sync/atomic"
	"syscall"
	"time"
)

func op() error                          { return nil }
func opCtx(context.Context) error        { return nil }
func fetch() (string, error)             { return "", nil }
func try() bool                          { return true }
func dial(addr string) (net.Conn, error) { return nil, nil }

const maxAttempts = 5

func _() error {
	var err error
	for i := 0; i < maxAttempts; i++ { // ok: counter compared with a limit in the loop condition
		if err = op(); err == nil {
			return nil
		}
		time.Sleep(time.Second << i)
	}
	return err
}

func _() {
	for range maxAttempts { // ok: ranges over an integer
		if op() == nil {
			return
		}
	}
}

func _() error {
	attempt := 0
	for { // ok: attempt compared with a limit on the path that leaves
		err := op()
		if err == nil {
			return nil
		}
		attempt++
		if attempt >= maxAttempts {
			return err
		}
		time.Sleep(time.Second)
	}
}

func _() error {
	for i := 0; ; i++ { // ok: i compared with a limit together with the error
		err := op()
		if err == nil {
			return nil
		}
		if err != nil && i == maxAttempts-1 {
			return err
		}
		time.Sleep(time.Second)
	}
}

func _() error {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) { // ok: a deadline in the loop condition
		if op() == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("timed out")
}

func _() error {
	start := time.Now()
	for { // ok: time.Since compared with a maximum
		err := op()
		if err == nil {
			return nil
		}
		if time.Since(start) > time.Minute {
			return err
		}
		time.Sleep(time.Second)
	}
}

func _() error {
	timeout := time.After(time.Minute)
	for { // ok: time.After in a select that leaves
		if op() == nil {
			return nil
		}
		select {
		case <-timeout:
			return errors.New("timed out")
		case <-time.After(time.Second):
		}
	}
}

func _() error {
	timer := time.NewTimer(time.Minute)
	defer timer.Stop()
	tick := time.NewTicker(time.Second)
	for { // ok: a timer in a select that leaves
		select {
		case <-timer.C:
			return errors.New("timed out")
		case <-tick.C:
			if err := op(); err == nil {
				return nil
			}
		}
	}
}

func _(ctx context.Context) error {
	for { // ok: ctx.Done in a select that leaves
		err := opCtx(ctx)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

func _(ctx context.Context) error {
	for { // ok: ctx.Err checked on the path that leaves
		if err := opCtx(ctx); err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		time.Sleep(time.Second)
	}
}

func _(ctx context.Context) error {
	for { // ok: the context's error assigned, then checked
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := opCtx(ctx); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
}

func _(ctx context.Context) error {
	for { // ok: the operation's context.Canceled ends it
		err := opCtx(ctx)
		if err == nil {
			return nil
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		time.Sleep(time.Second)
	}
}

func _(ctx context.Context) {
	for { // ok: ctx.Done polled in a select with a default
		select {
		case <-ctx.Done():
			return
		default:
		}
		if op() == nil {
			return
		}
	}
}

func _(ctx context.Context, ch <-chan string) {
	for { // ok: an event loop
		select {
		case <-ctx.Done():
			return
		case m := <-ch:
			if err := handle(m); err != nil {
				log.Print(err)
			}
		}
	}
}

func handle(string) error { return nil }

func _(ln net.Listener) error {
	for { // ok: an accept loop; success goes round again
		conn, err := ln.Accept()
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() {
				time.Sleep(10 * time.Millisecond)
				continue
			}
			return err
		}
		go conn.Close()
	}
}

func _(addr string, h http.Handler) {
	for { // ok: a serve loop that restarts the server
		conn, err := dial(addr)
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		serve(conn)
	}
}

func serve(net.Conn) {}

func _(rows *sql.Rows) error {
	for rows.Next() { // ok: rows
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
	}
	return rows.Err()
}

func _(r io.Reader) {
	sc := bufio.NewScanner(r)
	for sc.Scan() { // ok: a scanner
		_ = sc.Text()
	}
}

func _(r io.Reader) error {
	buf := make([]byte, 512)
	for { // ok: a reader loop; failure (io.EOF) leaves
		n, err := r.Read(buf)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		_ = buf[:n]
	}
}

type queue struct{}

func (q *queue) Pop() (string, error) { return "", nil }

func _(q *queue) {
	for { // ok: draining a work queue until it fails
		item, err := q.Pop()
		if err != nil {
			return
		}
		_ = handle(item)
	}
}

func _() {
	for !try() { // ok: the repeated operation returns no error
		time.Sleep(time.Second)
	}
}

func _(fd int, p []byte) (int, error) {
	for { // ok: retrying a system call interrupted by a signal
		n, err := syscall.Read(fd, p)
		if err == nil {
			return n, nil
		}
		if err != syscall.EINTR {
			return n, err
		}
	}
}

func _() {
	for { // ok: failure is fatal, not retried
		err := op()
		if err != nil {
			log.Fatal(err)
		}
		break
	}
}

var stopping atomic.Bool

func _() {
	for { // ok: a shutdown flag may end it
		if op() == nil {
			return
		}
		if stopping.Load() {
			return
		}
		time.Sleep(time.Second)
	}
}

func _(stop <-chan struct{}) {
	for { // ok: a stop channel ends it
		if op() == nil {
			return
		}
		select {
		case <-stop:
			return
		case <-time.After(time.Second):
		}
	}
}

func _() {
	done := false
	for !done { // ok: a flag we cannot judge
		if op() == nil {
			done = true
		} else {
			time.Sleep(time.Second)
		}
	}
}

type status struct{ Ready bool }

func poll() (status, error) { return status{}, nil }

func _() error {
	for { // ok: polling, not retrying: failure leaves
		st, err := poll()
		if err != nil {
			return err
		}
		if st.Ready {
			return nil
		}
		time.Sleep(time.Second)
	}
}

func _() (string, error) {
	for { // ok: both outcomes leave; nothing is retried
		v, err := fetch()
		if err == nil {
			return v, nil
		}
		return "", err
	}
}

func _(w io.Writer, p []byte) error {
	for len(p) > 0 { // ok: a write loop bounded by the data left
		n, err := w.Write(p)
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

func _() {
	for i := 0; i < 3; i++ { // ok: the operation is in a closure
		go func() {
			for { // ok: not a retry: the loop has no error exit
				_ = op()
				time.Sleep(time.Second)
			}
		}()
	}
}

func _(ch chan error) {
	for err := range ch { // ok: ranges over a channel that can be closed
		if err == nil {
			return
		}
	}
}

func _(conns []net.Conn) {
	for _, c := range conns { // ok: ranges over a slice
		if c.Close() == nil {
			return
		}
	}
}

type retrier struct {
	max   int
	tries int
}

func (r *retrier) _() error {
	for { // ok: a field compared with another field
		err := op()
		if err == nil {
			return nil
		}
		r.tries++
		if r.tries > r.max {
			return err
		}
		time.Sleep(time.Second)
	}
}

func _(maxWait time.Duration) error {
	wait := time.Second
	for { // ok: the backoff's growth is capped into a limit check
		err := op()
		if err == nil {
			return nil
		}
		if wait > maxWait {
			return err
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// The rewrite shown in the documentation.
func _(ctx context.Context, db *sql.DB) error {
	const maxAttempts = 5
	delay := 100 * time.Millisecond
	var err error
	for attempt := range maxAttempts { // ok: bounded, backed off, context-aware
		if attempt > 0 {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(delay/2 + rand.N(delay)):
			}
			delay = min(2*delay, 10*time.Second)
		}
		if err = db.PingContext(ctx); err == nil {
			return nil
		}
	}
	return fmt.Errorf("database not ready after %d attempts: %w", maxAttempts, err)
}

type backOff interface{ NextBackOff() time.Duration }

const stop time.Duration = -1

func _(b backOff) error {
	for { // ok: a backoff policy's Stop ends it
		err := op()
		if err == nil {
			return nil
		}
		d := b.NextBackOff()
		if d == stop {
			return err
		}
		time.Sleep(d)
	}
}

func _() error {
	for retries := 3; retries > 0; retries-- { // ok: a decrementing counter
		if err := op(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("gave up")
}

func _(ctx context.Context) error {
	for { // ok: ctx.Done in a select whose default attempts
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
			if err := op(); err == nil {
				return nil
			}
		}
	}
}
