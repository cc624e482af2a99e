// Package wraplib is a team's logging package: thin wrappers over
// structured loggers, which unstructuredlog recognizes and checks at their
// call sites, in this package and in its importers.
package wraplib

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/go-logr/logr"
	"go.uber.org/zap"
)

// Info forwards to slog.
func Info(msg string, args ...any) { // want Info:`kvwrapper`
	slog.Info(msg, args...)
}

// InfoCtx forwards with a context first.
func InfoCtx(ctx context.Context, msg string, args ...any) { // want InfoCtx:`kvwrapper`
	slog.Default().InfoContext(ctx, msg, args...)
}

// Logger wraps a sugared zap logger.
type Logger struct{ s *zap.SugaredLogger }

// Warn forwards to zap's sugared Warnw.
func (l *Logger) Warn(msg string, kv ...any) { // want Warn:`kvwrapper`
	l.s.Warnw(msg, kv...)
}

// Debug wraps a wrapper of this package.
func (l *Logger) Debug(msg string, kv ...any) { // want Debug:`kvwrapper`
	l.Warn(msg, kv...)
}

// With forwards pairs with no message.
func (l *Logger) With(kv ...any) *Logger { // want With:`kvwrapper`
	return &Logger{s: l.s.With(kv...)}
}

// Audit logs a fixed message with the caller's pairs.
func Audit(log logr.Logger, kv ...any) { // want Audit:`kvwrapper`
	log.Info("audit", kv...)
}

// Event is generic and still a wrapper.
func Event[T any](v T, msg string, args ...any) { // want Event:`kvwrapper`
	slog.Info(msg, args...)
}

// Tagged edits the pairs before logging them: not a plain wrapper.
func Tagged(msg string, args ...any) {
	args = append(args, "tagged")
	slog.Info(msg, args...)
}

// Printf is printf-style, not a key-value wrapper: an adapter offering a
// printf-style API over slog, judged where it is called.
func Printf(format string, args ...any) {
	slog.Info(fmt.Sprintf(format, args...)) // ok: the adapter forwards its own format and operands
}

// Deferred forwards from a function literal: not recognized.
func Deferred(msg string, args ...any) {
	func() { slog.Info(msg, args...) }()
}

func _(l *Logger, id string) {
	Info("login", "user", id, "n")     // want `key "n" of Info has no value \(logged under !BADKEY\)`
	l.Debug("login", 3, id)            // want `3 of l.Debug is in a key position but is not a string`
	Info("login", "user", id)          // ok
	Tagged("login", "user", id, "n")   // ok: Tagged edits its pairs, so it is not checked
	Deferred("login", "user", id, "n") // ok: forwarding inside a function literal is not followed
}
