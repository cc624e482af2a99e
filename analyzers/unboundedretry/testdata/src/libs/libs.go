// Package libs holds retry-library calls configured to retry forever, and
// bounded ones.
package libs

import (
	"context"
	"errors"
	"time"

	rg "github.com/avast/retry-go/v4"
	"github.com/cenkalti/backoff/v4"
	goretry "github.com/sethvargo/go-retry"
)

func op() error { return nil }

// avast/retry-go

func _() {
	_ = rg.Do(op, rg.Attempts(0)) // want `rg.Do with rg.Attempts\(0\) retries until it succeeds; set a limit or pass rg.Context\(ctx\)`
}

func _() {
	_ = rg.Do(op, rg.UntilSucceeded(), rg.Delay(time.Second)) // want `rg.Do with rg.UntilSucceeded\(\) retries until it succeeds`
}

func _() {
	_, _ = rg.DoWithData(func() (int, error) { return 0, nil }, rg.Attempts(0)) // want `rg.DoWithData with rg.Attempts\(0\) retries until it succeeds`
}

func _() {
	_ = rg.Do(op, rg.Attempts(0), rg.Context(context.Background())) // want `rg.Do with rg.Attempts\(0\) retries until`
}

func _() {
	opts := []rg.Option{rg.UntilSucceeded()}
	opts = append(opts, rg.Delay(time.Second))
	_ = rg.Do(op, opts...) // want `rg.Do with rg.UntilSucceeded\(\) retries until it succeeds`
}

func _() {
	_ = rg.Do(op, rg.Attempts(5), rg.Attempts(0)) // want `rg.Do with rg.Attempts\(0\) retries until`
}

func _() {
	_ = rg.Do(op) // ok: 10 attempts by default
}

func _() {
	_ = rg.Do(op, rg.Attempts(3)) // ok: a limit
}

func _() {
	_ = rg.Do(op, rg.Attempts(0), rg.Attempts(5)) // ok: the last Attempts wins
}

func _(ctx context.Context) {
	_ = rg.Do(op, rg.Attempts(0), rg.Context(ctx)) // ok: the caller's context ends it
}

func _(n uint) {
	_ = rg.Do(op, rg.Attempts(n)) // ok: a configured limit
}

func _(extra []rg.Option) {
	_ = rg.Do(op, extra...) // ok: options we cannot see
}

func withDefaults() rg.Option { return rg.Attempts(0) }

func _() {
	_ = rg.Do(op, rg.Attempts(0), withDefaults()) // ok: a helper's options we do not follow
}

func _(ctx context.Context) {
	_ = rg.Do(func() error { // ok: the function ends the retries itself when ctx is done
		if err := ctx.Err(); err != nil {
			return rg.Unrecoverable(err)
		}
		return op()
	}, rg.UntilSucceeded())
}

// cenkalti/backoff/v4

func _() {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 0
	_ = backoff.Retry(op, b) // want `backoff.Retry with MaxElapsedTime 0 never stops retrying; wrap it in backoff.WithMaxRetries`
}

func _() {
	_ = backoff.Retry(op, backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(0))) // want `backoff.Retry with MaxElapsedTime 0 never stops`
}

func _() {
	_ = backoff.Retry(op, &backoff.ExponentialBackOff{InitialInterval: time.Second, MaxElapsedTime: 0}) // want `backoff.Retry with MaxElapsedTime 0`
}

func _() {
	_ = backoff.Retry(op, &backoff.ExponentialBackOff{InitialInterval: time.Second}) // want `backoff.Retry with MaxElapsedTime 0`
}

func _() {
	_ = backoff.Retry(op, backoff.NewConstantBackOff(time.Second)) // want `backoff.Retry with a ConstantBackOff never stops`
}

func _() {
	_ = backoff.RetryNotify(op, &backoff.ZeroBackOff{}, func(error, time.Duration) {}) // want `backoff.RetryNotify with a ZeroBackOff never stops`
}

func _() {
	b := &backoff.ConstantBackOff{Interval: time.Second}
	_, _ = backoff.RetryWithData(func() (int, error) { return 0, nil }, b) // want `backoff.RetryWithData with a ConstantBackOff`
}

func _() {
	b := backoff.NewConstantBackOff(time.Second)
	_ = backoff.Retry(op, backoff.WithContext(b, context.Background())) // want `backoff.Retry with a ConstantBackOff`
}

func _() {
	_ = backoff.Retry(op, backoff.NewExponentialBackOff()) // ok: MaxElapsedTime defaults to 15 minutes
}

func _() {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 2 * time.Minute
	_ = backoff.Retry(op, b) // ok: a maximum elapsed time
}

func _() {
	b := backoff.NewExponentialBackOff()
	b.MaxElapsedTime = 0
	_ = backoff.Retry(op, backoff.WithMaxRetries(b, 5)) // ok: WithMaxRetries bounds it
}

func _(ctx context.Context) {
	_ = backoff.Retry(op, backoff.WithContext(backoff.NewConstantBackOff(time.Second), ctx)) // ok: the caller's context ends it
}

func _() {
	var b backoff.BackOff = backoff.NewConstantBackOff(time.Second)
	b = backoff.WithMaxRetries(b, 3)
	_ = backoff.Retry(op, b) // ok: rebound to a bounded BackOff
}

func configure(b *backoff.ExponentialBackOff) {}

func _() {
	b := &backoff.ExponentialBackOff{}
	configure(b)
	_ = backoff.Retry(op, b) // ok: configured by a function we do not follow
}

func _(b backoff.BackOff) {
	_ = backoff.Retry(op, b) // ok: the caller's BackOff
}

func _() {
	_ = backoff.Retry(func() error { // ok: failures are permanent; only success or the op ends it
		return backoff.Permanent(errors.New("x"))
	}, backoff.WithMaxRetries(&backoff.ZeroBackOff{}, 3))
}

// sethvargo/go-retry

func retryable() error { return goretry.RetryableError(op()) }

func _() {
	b := goretry.NewExponential(time.Second)
	_ = goretry.Do(context.Background(), b, func(ctx context.Context) error { // want `goretry.Do with goretry.NewExponential never gives up \(its context is never cancelled\); wrap it in goretry.WithMaxRetries`
		return goretry.RetryableError(op())
	})
}

func _() {
	ctx := context.Background()
	_ = goretry.Do(ctx, goretry.WithCappedDuration(time.Minute, goretry.NewFibonacci(time.Second)), func(context.Context) error { // want `goretry.Do with goretry.NewFibonacci never gives up`
		return retryable()
	})
}

func _() {
	_ = goretry.Constant(context.TODO(), time.Second, func(context.Context) error { // want `goretry.Constant never gives up \(its context is never cancelled\); use goretry.Do with goretry.WithMaxRetries`
		return goretry.RetryableError(op())
	})
}

func _() {
	_, _ = goretry.DoValue(context.Background(), goretry.NewConstant(time.Second), func(context.Context) (int, error) { // want `goretry.DoValue with goretry.NewConstant`
		return 0, goretry.RetryableError(op())
	})
}

func _(ctx context.Context) {
	_ = goretry.Do(ctx, goretry.NewExponential(time.Second), func(context.Context) error { // ok: the caller's context
		return goretry.RetryableError(op())
	})
}

func _() {
	b := goretry.WithMaxRetries(5, goretry.NewExponential(time.Second))
	_ = goretry.Do(context.Background(), b, func(context.Context) error { // ok: WithMaxRetries
		return goretry.RetryableError(op())
	})
}

func _() {
	b := goretry.NewExponential(time.Second)
	b = goretry.WithMaxDuration(time.Minute, b)
	_ = goretry.Do(context.Background(), b, func(context.Context) error { // ok: WithMaxDuration
		return goretry.RetryableError(op())
	})
}

func _() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_ = goretry.Do(ctx, goretry.NewExponential(time.Second), func(context.Context) error { // ok: a deadline
		return goretry.RetryableError(op())
	})
}

func _() {
	_ = goretry.Do(context.Background(), goretry.NewConstant(time.Second), func(context.Context) error { // ok: no error is marked retryable, so nothing is retried
		return op()
	})
}
