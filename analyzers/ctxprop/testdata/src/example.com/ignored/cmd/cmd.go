// Package cmd sees both alerters: one of them uses its context.
package cmd

import (
	"context"

	"example.com/ignored/alert"
	"example.com/ignored/sentry"
)

var _ = sentry.Alerter{}

func notify(ctx context.Context, a alert.Alerter, err error) {
	a.SendAlert(context.Background(), err, nil) // want `context.Background\(\) discards the context in scope`
}
