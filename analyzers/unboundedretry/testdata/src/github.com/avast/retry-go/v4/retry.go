// Package retry is a stub of github.com/avast/retry-go/v4 holding only
// what unboundedretry matches.
package retry

import (
	"context"
	"time"
)

type Config struct{}

type Option func(*Config)

type RetryableFunc func() error

type RetryableFuncWithData[T any] func() (T, error)

func Do(retryableFunc RetryableFunc, opts ...Option) error { return nil }

func DoWithData[T any](retryableFunc RetryableFuncWithData[T], opts ...Option) (T, error) {
	var t T
	return t, nil
}

// Attempts sets the number of attempts; 0 retries until success. Default 10.
func Attempts(attempts uint) Option { return nil }

// UntilSucceeded is Attempts(0).
func UntilSucceeded() Option { return nil }

func Context(ctx context.Context) Option { return nil }

func Delay(delay time.Duration) Option { return nil }

func MaxDelay(maxDelay time.Duration) Option { return nil }

func LastErrorOnly(lastErrorOnly bool) Option { return nil }

func RetryIf(retryIf func(error) bool) Option { return nil }

func Unrecoverable(err error) error { return err }
