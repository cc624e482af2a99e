// Package alert is hatchet's pkg/errors: an alerter interface, its no-op
// implementation, and a wrapper that alerts with a fresh context.
package alert

import "context"

type Alerter interface {
	SendAlert(ctx context.Context, err error, data map[string]any)
}

type NoOpAlerter struct{}

func (NoOpAlerter) SendAlert(ctx context.Context, err error, data map[string]any) {} // want SendAlert:"ignoresContext"

type Wrapped struct{ a Alerter }

// WrapErr carries no fact: the only alerter in sight ignores its context.
func (w *Wrapped) WrapErr(err error, data map[string]any) error {
	if err != nil {
		w.a.SendAlert(context.Background(), err, data) // ok: every Alerter in sight ignores its context
	}
	return err
}
