// Package deadline stops servers with and without a deadline.
package deadline

import (
	"context"
	"net"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	"google.golang.org/grpc"
)

type key struct{}

func _(srv *http.Server) {
	srv.Shutdown(context.Background()) // want `srv.Shutdown\(context.Background\(\)\) waits with no deadline \(one stuck request blocks exit until SIGKILL\); use context.WithTimeout shorter than the grace period`
}

func _(srv *http.Server) error {
	return srv.Shutdown(context.TODO()) // want `srv.Shutdown\(context.TODO\(\)\) waits with no deadline`
}

func _(srv *http.Server) {
	ctx := context.Background()
	srv.Shutdown(ctx) // want `srv.Shutdown\(ctx\) waits with no deadline \(ctx comes from context.Background\(\); one stuck request blocks exit until SIGKILL\); use context.WithTimeout`
}

func _(srv *http.Server) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv.Shutdown(ctx) // want `srv.Shutdown\(ctx\) waits with no deadline \(ctx comes from context.Background\(\)`
}

func _(srv *http.Server) {
	srv.Shutdown(context.WithValue(context.Background(), key{}, 1)) // want `waits with no deadline`
}

func _(e *echo.Echo) error {
	return e.Shutdown(context.Background()) // want `e.Shutdown\(context.Background\(\)\) waits with no deadline`
}

func _(s *grpc.Server) func() error {
	return func() error {
		s.GracefulStop() // want `s.GracefulStop waits for every RPC with no deadline \(one stuck stream blocks exit until SIGKILL\); call Stop when a timeout expires`
		return nil
	}
}

type servers struct{ http *http.Server }

func (s *servers) stop() {
	defer s.http.Shutdown(context.Background()) // want `s.http.Shutdown\(context.Background\(\)\) waits with no deadline`
}

func _(srv *http.Server) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(ctx) // ok: bounded
}

func _(srv *http.Server, ctx context.Context) {
	srv.Shutdown(ctx) // ok: the caller's context may have a deadline
}

func _(srv *http.Server) {
	ctx := context.Background()
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	srv.Shutdown(ctx) // ok: assigned again with a timeout
}

func _(srv *http.Server, r *http.Request) {
	srv.Shutdown(r.Context()) // ok: not a fresh context
}

func _(srv *http.Server) {
	// A watchdog bounds the wait.
	time.AfterFunc(10*time.Second, func() { panic("shutdown timed out") })
	go func() {
		srv.Shutdown(context.Background()) // ok: the watchdog fires
	}()
}

func _(s *grpc.Server) {
	done := make(chan struct{})
	go func() {
		s.GracefulStop() // ok: Stop after a timeout
		close(done)
	}()
	t := time.NewTimer(time.Minute)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		s.Stop()
	}
}

func _(s *grpc.Server, ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	go func() {
		<-ctx.Done()
		s.Stop()
	}()
	s.GracefulStop() // ok: stopped when the timeout expires
}

func _(srv *http.Server) {
	srv.Close() // ok: Close does not wait
}

// Nobody waits for a stop in a goroutine that reports nothing back: Serve
// returns as soon as Shutdown starts, and the function returns with it
// (spire's OIDC provider). Its missing deadline delays no exit.
func _(ctx context.Context, srv *http.Server, l net.Listener) error {
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background()) // ok: an unjoined goroutine; nothing waits for it
	}()
	return srv.Serve(l)
}

// A goroutine that says when it is done is waited for.
func _(ctx context.Context, srv *http.Server, l net.Listener) error {
	stopped := make(chan struct{})
	go func() {
		<-ctx.Done()
		srv.Shutdown(context.Background()) // want `srv.Shutdown\(context.Background\(\)\) waits with no deadline`
		close(stopped)
	}()
	err := srv.Serve(l)
	<-stopped
	return err
}
