// Package sentry implements alert.Alerter, ignoring the context, as
// hatchet's Sentry alerter does (the capture is asynchronous).
package sentry

import (
	"context"

	"example.com/ignored/alert"
)

var _ alert.Alerter = (*Alerter)(nil)

type Alerter struct{ sent []error }

func (s *Alerter) SendAlert(_ context.Context, err error, data map[string]any) { // want SendAlert:"ignoresContext"
	s.sent = append(s.sent, err)
}

// Hook implements alert.Alerter and posts the alert: it uses its context.
type Hook struct {
	post func(context.Context, error) error
}

func (h *Hook) SendAlert(ctx context.Context, err error, data map[string]any) {
	_ = h.post(ctx, err)
}
