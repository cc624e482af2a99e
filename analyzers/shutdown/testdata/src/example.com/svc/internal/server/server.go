// Package server is a library that starts, stops and wraps servers; it
// reports nothing about them itself (its importers decide) but exports
// what its functions do.
package server

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Server wraps an http.Server.
type Server struct{ http *http.Server }

// New returns a Server.
func New(addr string) *Server { return &Server{http: &http.Server{Addr: addr}} }

// Start serves until the server is stopped.
func (s *Server) Start() error { return s.http.ListenAndServe() } // want Start:"lifecycle"

// Stop shuts the server down.
func (s *Server) Stop(ctx context.Context) error { return s.http.Shutdown(ctx) } // want Stop:"lifecycle"

// Run serves until ctx is done, then shuts down.
func Run(ctx context.Context, addr string) error { // want Run:"lifecycle"
	srv := &http.Server{Addr: addr}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	return srv.ListenAndServe()
}

// ServeMetrics serves metrics forever.
func ServeMetrics(addr string) error { return http.ListenAndServe(addr, nil) } // want ServeMetrics:"lifecycle"

// InterruptContext is cancelled on Ctrl-C.
func InterruptContext() (context.Context, context.CancelFunc) { // want InterruptContext:"lifecycle"
	return signal.NotifyContext(context.Background(), os.Interrupt)
}

// WaitForTerm blocks until SIGTERM.
func WaitForTerm() { // want WaitForTerm:"lifecycle"
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM)
	<-c
}

// Fatal logs and exits: an exit wrapper, whose callers decide to exit.
func Fatal(v ...any) { // want Fatal:"lifecycle"
	log.Fatal(v...)
}

// Must exits on an error.
func Must(err error) {
	if err != nil {
		os.Exit(1) // ok: a Must function runs at startup
	}
}
