package zapcase

import (
	"errors"
	"fmt"
	"strconv"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

type handler struct {
	log   *zap.Logger
	sugar *zap.SugaredLogger
}

func _(h *handler, id string, n int, err error) {
	h.log.Info("user " + id + " logged in")                  // want `message of h.log.Info is built with string concatenation`
	h.log.Error(err.Error(), zap.String("user", id))         // want `message of h.log.Error is built with err.Error\(\)`
	zap.L().Warn(fmt.Sprintf("retry %d", n))                 // want `message of \(\*zap.Logger\).Warn is built with fmt.Sprintf`
	h.log.Log(zapcore.Level(0), strconv.Quote(id))           // want `message of h.log.Log is built with strconv.Quote`
	h.sugar.Infof("user %s logged in", id)                   // want `h.sugar.Infof formats its message printf-style; use Infow and friends`
	zap.S().Errorf("failed: %v", err)                        // want `\(\*zap.SugaredLogger\).Errorf formats its message printf-style`
	h.sugar.Info("user ", id, " logged in")                  // want `h.sugar.Info concatenates its operands into the message`
	h.sugar.Error(err)                                       // want `message of h.sugar.Error is built with the text of error err`
	h.sugar.Infow("login", "user", id, "attempt")            // want `key "attempt" of h.sugar.Infow has no value \(zap drops it and logs an error\)`
	h.sugar.Infow("login", id)                               // want `key id of h.sugar.Infow has no value`
	h.sugar.Warnw("login", 7, id)                            // want `7 of h.sugar.Warnw is in a key position but is not a string`
	h.sugar.Infow(fmt.Sprintf("login %s", id), "user", id)   // want `message of h.sugar.Infow is built with fmt.Sprintf`
	h.sugar.With("user", id, "n").Info("x")                  // want `key "n" of h.sugar.With has no value`
	h.log.Sugar().Infow("login", "user"+strconv.Itoa(n), id) // want `key of \(\*zap.SugaredLogger\).Infow is built from string concatenation`
}

func _(h *handler, id string, n int, err error) {
	h.log.Info("user logged in", zap.String("user", id), zap.Int("n", n)) // ok: constant message and fields
	h.log.With(zap.Error(err)).Error("request failed")                    // ok: With adds fields
	h.sugar.Infow("login", "user", id, "n", n)                            // ok
	h.sugar.Infow("login", zap.String("user", id), "n", n)                // ok: a field takes one position
	h.sugar.Errorw("failed", err, "user", id)                             // ok: zap logs an error argument as the "error" field
	h.sugar.Info("started")                                               // ok: one constant operand is a constant message
	h.sugar.Infof("started")                                              // ok: a constant format without operands is a constant message
	h.sugar.Infow("detail", "q", fmt.Sprintf("%s:%d", id, n))             // ok: a formatted value
	_ = errors.New("x")
}

// printfLogger adapts zap to a library that wants a printf-style logger.
type printfLogger struct{ s *zap.SugaredLogger }

func (l printfLogger) Printf(format string, args ...any) {
	l.s.Infof(format, args...) // ok: an adapter forwarding its own format and operands
}
