package slogcase

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
)

type Key string

const KeyUser Key = "user"

const keyReq = "req"

var keyVar = "var"

type svc struct {
	*slog.Logger
	key string
}

func _(ctx context.Context, logger *slog.Logger, id string, n int, err error) {
	slog.Info(fmt.Sprintf("user %s logged in", id))           // want `message of slog.Info is built with fmt.Sprintf; use a constant message and attributes`
	slog.Error("failed: " + err.Error())                      // want `message of slog.Error is built with string concatenation`
	logger.Warn(err.Error())                                  // want `message of logger.Warn is built with err.Error\(\)`
	logger.InfoContext(ctx, strconv.Itoa(n))                  // want `message of logger.InfoContext is built with strconv.Itoa`
	logger.Log(ctx, slog.LevelInfo, ("x" + id))               // want `message of logger.Log is built with string concatenation`
	logger.LogAttrs(ctx, slog.LevelInfo, fmt.Sprint(n))       // want `message of logger.LogAttrs is built with fmt.Sprint`
	slog.Default().ErrorContext(ctx, errors.New("x").Error()) // want `message of \(\*slog.Logger\).ErrorContext is built with errors.New\("x"\).Error\(\)`
	slog.Info("login", "user", id, "attempt")                 // want `key "attempt" of slog.Info has no value \(logged under !BADKEY\)`
	slog.Info("login", 42, id)                                // want `42 of slog.Info is in a key position but is not a string`
	slog.Info("login", KeyUser, id)                           // want `key KeyUser of slog.Info has type Key, not string \(logged under !BADKEY\)`
	slog.Info("login", "k"+id, n)                             // want `key of slog.Info is built from string concatenation`
	slog.Info("login", fmt.Sprintf("attempt_%d", n), true)    // want `key of slog.Info is built from fmt.Sprintf`
	logger.With("user", id, "tenant").Info("x")               // want `key "tenant" of logger.With has no value`
	slog.Info("login", slog.String("user", id), "n")          // want `key "n" of slog.Info has no value`
	_ = slog.Group("req", "id")                               // want `key "id" of slog.Group has no value`
	s := svc{Logger: logger}
	s.Info(id + " ready") // want `message of s.Info is built with string concatenation`
}

func _(m map[string]string) {
	for k, v := range m {
		slog.Info("label", k, v) // want `key of slog.Info is built from range variable k`
	}
}

func _(ctx context.Context, logger *slog.Logger, id string, n int, err error, msg string, args []any, v any, s svc) {
	slog.Info("user logged in", "user", id, "n", n)                    // ok: constant message and attributes
	slog.Info("login failed", "detail", fmt.Sprintf("%s/%d", id, n))   // ok: a formatted string as an attribute value
	slog.Error("request failed", "err", err)                           // ok
	slog.Info("login", slog.Int("n", n), slog.String("u", id))         // ok: attributes take one position
	logger.With("user", id).Info("x")                                  // ok: even pairs
	slog.Info(msg, "user", id)                                         // ok: a message in a variable is not visibly built here
	slog.Info("x", args...)                                            // ok: spread pairs are not checked
	slog.Info("x", v, id)                                              // ok: an interface value may be an Attr
	slog.Info("login", keyReq, id, keyVar, n, s.key, 1)                // ok: constant, package-level and field keys
	slog.Info("login", string(KeyUser), id)                            // ok: converted constant key
	slog.Info("a" + "b")                                               // ok: constant concatenation
	logger.LogAttrs(ctx, slog.LevelInfo, "x", slog.Int("n", n))        // ok
	_ = fmt.Errorf("wrap %s: %w", id, err)                             // ok: fmt.Errorf is not logging
	slog.Info("retry", "attempt", strconv.Itoa(n), "err", err.Error()) // ok: dynamic values are fine
}

func _(key string, id string) {
	slog.Info("login", key, id) // ok: a parameter as key is the caller's choice
}

// Logger is a team's own logging interface: calls through it are not
// followed.
type Logger interface {
	Info(msg string, args ...any)
}

func _(l Logger, id string) {
	l.Info("login "+id, "user") // ok: calls through the team's own interface are not checked
	println("debug", id)        // ok: the builtin println is not matched
}

func keyName() string { return "user" }

type attrKey string

func (k attrKey) String() string { return string(k) }

func _(id string, k attrKey) {
	slog.Info("login", keyName(), id)  // ok: a call may well return a fixed name
	slog.Info("login", k.String(), id) // ok: same
}
