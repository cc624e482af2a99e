package wrapuse

import (
	"context"
	"fmt"

	"github.com/go-logr/logr"

	"wraplib"
)

func _(ctx context.Context, l *wraplib.Logger, lr logr.Logger, id string, n int) {
	wraplib.Info("login", "user", id, "attempt")       // want `key "attempt" of wraplib.Info has no value \(logged under !BADKEY\)`
	wraplib.Info(fmt.Sprintf("user %s logged in", id)) // want `message of wraplib.Info is built with fmt.Sprintf`
	wraplib.InfoCtx(ctx, "login", n, id)               // want `n of wraplib.InfoCtx is in a key position but is not a string`
	l.Warn("slow request", "ms")                       // want `key "ms" of l.Warn has no value \(zap drops it and logs an error\)`
	l.Debug("user "+id, "n", n)                        // want `message of l.Debug is built with string concatenation`
	l.With("user").Warn("x")                           // want `key "user" of l.With has no value`
	wraplib.Audit(lr, "user", id, "action")            // want `key "action" of wraplib.Audit has no value`
	wraplib.Event(1, "login", "n")                     // want `key "n" of wraplib.Event has no value`
	wraplib.Info("login", "user", id, "n", n)          // ok
	l.With("user", id).Warn("slow request", "ms", n)   // ok
	wraplib.Tagged("login", "odd")                     // ok: not a wrapper
	wraplib.Printf("user %s", id)                      // ok: a printf wrapper is vet's printf analyzer's business
}

// Log wraps a wrapper from another package: it is a wrapper too.
func Log(msg string, args ...any) { // want Log:`kvwrapper`
	wraplib.Info(msg, args...)
}

func _(id string) {
	Log("login", "user", id, "n") // want `key "n" of Log has no value`
}
