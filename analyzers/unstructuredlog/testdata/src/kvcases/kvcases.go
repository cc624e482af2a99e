// Package kvcases holds key-value cases found by running the peers' test
// suites: string aliases, method expressions, errors and attributes in
// the wrong place.
package kvcases

import (
	"errors"
	"log/slog"

	"go.uber.org/zap"
)

type String = string

const keyUser String = "user"

func _(l *slog.Logger, s *zap.SugaredLogger, id string, k String, err error) {
	slog.Info("login", keyUser, id)                        // ok: an alias of string is a string
	slog.Info("login", k, id)                              // ok: an alias of string is a string
	(*slog.Logger).Debug(l, "msg", "a", 1)                 // ok: a method expression's receiver is not a key
	(*slog.Logger).Info(l, "msg", "a", 1, "b")             // want `key "b" of \(\*slog.Logger\).Info has no value`
	(*slog.Logger).Warn(l, "msg", 7, id)                   // want `7 of \(\*slog.Logger\).Warn is in a key position but is not a string`
	(*zap.SugaredLogger).Infow(s, "msg", "a", err)         // ok: a method expression, a pair
	slog.Error("failed", err)                              // want `error err of slog.Error is in a key position \(logged under !BADKEY\); give it a key such as "err"`
	l.Error("failed", "user", id, errors.New("x"))         // want `error errors.New\("x"\) of l.Error is in a key position`
	slog.Error("failed", "err", err)                       // ok: keyed
	slog.Info("login", "user", slog.String("id", id))      // want `key "user" of slog.Info is followed by an slog.Attr, which becomes its value instead of a field; drop the key`
	slog.Info("login", slog.String("id", id), "n", 1)      // ok: an attribute takes one position
	s.Infow("login", "user", zap.String("id", id))         // want `key "user" of s.Infow is followed by a zap.Field`
	s.Infow("login", zap.String("id", id), "n", 1)         // ok: a field takes one position
	s.Errorw("failed", err, "user", id)                    // ok: zap v1.24 on (or an unknown version) logs a lone error as a field
	slog.Info("login", "user", any(slog.String("id", id))) // ok: an interface value stops the check
}
