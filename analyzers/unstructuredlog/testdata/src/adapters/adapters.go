// Package adapters implements third-party logger interfaces over the
// standard log package. Every method of a type shaped like a logger is
// part of the adapter, whatever its signature.
package adapters

import (
	"context"
	"log"
	"time"
)

// gormLogger has the shape of gorm's logger.Interface.
type gormLogger struct{}

func (gormLogger) Info(ctx context.Context, msg string, data ...any)  { log.Printf(msg, data...) } // ok: an adapter
func (gormLogger) Warn(ctx context.Context, msg string, data ...any)  { log.Printf(msg, data...) } // ok: an adapter
func (gormLogger) Error(ctx context.Context, msg string, data ...any) { log.Printf(msg, data...) } // ok: an adapter

func (gormLogger) Trace(ctx context.Context, begin time.Time, fc func() (string, int64), err error) {
	sql, rows := fc()
	log.Printf("%s [%d rows, %v]: %v", sql, rows, time.Since(begin), err) // ok: a method of the same adapter
}

// server has one Printf-like method: not a logger's shape, so its other
// methods log like any code.
type server struct{}

func (server) Errorf(format string, args ...any) { log.Printf(format, args...) } // ok: an adapter method

func (server) handle(id string) {
	log.Printf("handling %s", id) // want `log.Printf writes an unstructured log line`
}
