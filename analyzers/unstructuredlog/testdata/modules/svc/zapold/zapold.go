package zapold // want package:"structured"

// Package zapold builds with zap v1.23.0 (go.mod), whose sugared logger
// takes a lone error as a key and drops the pair.

import "go.uber.org/zap"

func _(s *zap.SugaredLogger, id string, err error) {
	s.Errorw("failed", err, "user", id) // want `error err of s.Errorw is in a key position \(zap drops it and logs an error\)`
	s.Errorw("failed", "err", err)      // ok: keyed
	s.Infow("login", zap.Error(err))    // ok: a field
}
