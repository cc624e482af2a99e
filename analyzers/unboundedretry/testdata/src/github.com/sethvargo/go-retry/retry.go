// Package retry is a stub of github.com/sethvargo/go-retry holding only
// what unboundedretry matches.
package retry

import (
	"context"
	"time"
)

type Backoff interface {
	Next() (next time.Duration, stop bool)
}

type RetryFunc func(ctx context.Context) error

type RetryFuncValue[T any] func(ctx context.Context) (T, error)

func RetryableError(err error) error { return err }

func Do(ctx context.Context, b Backoff, f RetryFunc) error { return nil }

func DoValue[T any](ctx context.Context, b Backoff, f RetryFuncValue[T]) (T, error) {
	var t T
	return t, nil
}

func NewConstant(t time.Duration) Backoff    { return nil }
func NewExponential(t time.Duration) Backoff { return nil }
func NewFibonacci(t time.Duration) Backoff   { return nil }

func Constant(ctx context.Context, t time.Duration, f RetryFunc) error    { return nil }
func Exponential(ctx context.Context, t time.Duration, f RetryFunc) error { return nil }
func Fibonacci(ctx context.Context, t time.Duration, f RetryFunc) error   { return nil }

func WithMaxRetries(max uint64, next Backoff) Backoff             { return next }
func WithMaxDuration(timeout time.Duration, next Backoff) Backoff { return next }
func WithCappedDuration(cap time.Duration, next Backoff) Backoff  { return next }
func WithJitter(j time.Duration, next Backoff) Backoff            { return next }
func WithJitterPercent(j uint64, next Backoff) Backoff            { return next }
