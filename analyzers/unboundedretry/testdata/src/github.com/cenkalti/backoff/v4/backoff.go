// Package backoff is a stub of github.com/cenkalti/backoff/v4 holding only
// what unboundedretry matches.
package backoff

import (
	"context"
	"time"
)

const Stop time.Duration = -1

type BackOff interface {
	NextBackOff() time.Duration
	Reset()
}

type BackOffContext interface {
	BackOff
	Context() context.Context
}

type Operation func() error

type OperationWithData[T any] func() (T, error)

type Notify func(error, time.Duration)

type Timer interface{}

func Retry(o Operation, b BackOff) error                                   { return nil }
func RetryNotify(o Operation, b BackOff, notify Notify) error              { return nil }
func RetryNotifyWithTimer(o Operation, b BackOff, n Notify, t Timer) error { return nil }

func RetryWithData[T any](o OperationWithData[T], b BackOff) (T, error) {
	var t T
	return t, nil
}

func WithMaxRetries(b BackOff, max uint64) BackOff              { return b }
func WithContext(b BackOff, ctx context.Context) BackOffContext { return nil }

func Permanent(err error) error { return err }

type Clock interface{ Now() time.Time }

type ExponentialBackOff struct {
	InitialInterval     time.Duration
	RandomizationFactor float64
	Multiplier          float64
	MaxInterval         time.Duration
	// It never stops if MaxElapsedTime == 0.
	MaxElapsedTime time.Duration
	Stop           time.Duration
	Clock          Clock
}

func (b *ExponentialBackOff) NextBackOff() time.Duration { return 0 }
func (b *ExponentialBackOff) Reset()                     {}

type ExponentialBackOffOpts func(*ExponentialBackOff)

// NewExponentialBackOff defaults MaxElapsedTime to 15 minutes.
func NewExponentialBackOff(opts ...ExponentialBackOffOpts) *ExponentialBackOff { return nil }

func WithInitialInterval(d time.Duration) ExponentialBackOffOpts { return nil }
func WithMaxInterval(d time.Duration) ExponentialBackOffOpts     { return nil }
func WithMaxElapsedTime(d time.Duration) ExponentialBackOffOpts  { return nil }

type ConstantBackOff struct{ Interval time.Duration }

func (b *ConstantBackOff) NextBackOff() time.Duration { return b.Interval }
func (b *ConstantBackOff) Reset()                     {}

func NewConstantBackOff(d time.Duration) *ConstantBackOff { return &ConstantBackOff{d} }

type ZeroBackOff struct{}

func (b *ZeroBackOff) NextBackOff() time.Duration { return 0 }
func (b *ZeroBackOff) Reset()                     {}

type StopBackOff struct{}

func (b *StopBackOff) NextBackOff() time.Duration { return Stop }
func (b *StopBackOff) Reset()                     {}
