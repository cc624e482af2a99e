// Package unboundedretry defines an Analyzer that reports retry loops and
// retry-library calls that never give up.
//
// # Analyzer unboundedretry
//
// unboundedretry: report retry loops that never give up
//
// A retry without a bound turns a blip into an outage. When a dependency
// slows down or fails, every client that retries forever keeps hammering
// it, and the load from the retries keeps it from recovering; clients
// that retry without waiting do so at the speed of the CPU. The AWS
// us-east-1 outage of 2021-12-07 and the Google Cloud outage of
// 2025-06-12 were both prolonged by retry storms. On a laptop the
// dependency always comes back; in production the retries are what keep
// it down, and the service retrying forever never reports the failure.
//
// A retry loop repeats an operation that returns an error: it leaves
// when the error is nil and goes round again when it is not, usually
// after a sleep. unboundedretry follows the loop's control flow to find
// every decision that leaves the loop, and reports the loop when the
// only decisions that leave it are about the outcome of an attempt (the
// error is nil, or is a permanent error): no attempt counter compared
// with a limit, no deadline, no context, no channel or flag that another
// part of the program controls.
//
//	for { // retry loop around db.Ping has no attempt limit, deadline or context check (retries forever); bound the attempts
//		if err := db.Ping(); err == nil {
//			break
//		}
//		time.Sleep(time.Second)
//	}
//
// Passing a context to the operation does not bound the loop: once the
// context is done, the operation fails at once, and the loop spins
// forever. Checking the context does.
//
// # The fix
//
// Bound the attempts, back off exponentially with jitter, and stop when
// the caller's context is done:
//
//	const maxAttempts = 5
//	delay := 100 * time.Millisecond
//	var err error
//	for attempt := range maxAttempts {
//		if attempt > 0 {
//			select {
//			case <-ctx.Done():
//				return ctx.Err()
//			case <-time.After(delay/2 + rand.N(delay)): // jitter spreads the clients out
//			}
//			delay = min(2*delay, 10*time.Second)
//		}
//		if err = db.PingContext(ctx); err == nil {
//			return nil
//		}
//	}
//	return fmt.Errorf("database not ready after %d attempts: %w", maxAttempts, err)
//
// With a retry library, keep its limit (retry-go's Attempts,
// backoff.WithMaxRetries, go-retry's WithMaxRetries or WithMaxDuration)
// and pass it the caller's context. The right limit depends on the
// dependency, so unboundedretry offers no suggested fix.
//
// # What it reports
//
// Category unbounded: a retry loop that nothing bounds, reported at its
// for keyword, with the retried call as related information. The loop
// may be a plain for loop, a for loop whose condition is the error
// (for err != nil { ...; err = op() }), or a loop driven by a ticker
// (for range ticker.C, or a select on ticker.C). A generic helper that
// retries a function it is given (func Forever[T any](op func() (T,
// error)) T) is reported at its loop.
//
// Category no-backoff: an unbounded retry loop that does not even wait
// between attempts: a hot loop that retries as fast as the operation
// fails. A loop waits when it sleeps, receives from a channel, blocks in
// a select without a default, ranges over a ticker, or calls a function
// whose name says it waits (Sleep, Wait, Backoff, Delay, Pause) or a
// function of the same package that sleeps or blocks.
//
// Category library-forever: a retry library configured to retry forever,
// reported at the call that retries, with the configuration as related
// information when it is elsewhere in the function:
//
//   - avast/retry-go (v4): Do or DoWithData with Attempts(0) or
//     UntilSucceeded(), the last Attempts option winning, and no
//     Context(ctx) with a context that can be cancelled. Without an
//     Attempts option retry-go makes 10 attempts, which is bounded.
//
//   - cenkalti/backoff (v4): Retry, RetryNotify, RetryWithData and their
//     siblings with an ExponentialBackOff whose MaxElapsedTime is 0 (set by
//     the field, by WithMaxElapsedTime(0), or left out of a composite
//     literal), a ConstantBackOff or a ZeroBackOff, unless wrapped in
//     WithMaxRetries or in WithContext with a context that can be
//     cancelled. NewExponentialBackOff's default MaxElapsedTime of 15
//     minutes is a bound.
//
//   - sethvargo/go-retry: Do and DoValue with a NewConstant, NewExponential
//     or NewFibonacci backoff (through WithCappedDuration and the jitter
//     wrappers) not wrapped in WithMaxRetries or WithMaxDuration, and the
//     Constant, Exponential and Fibonacci helpers, when the context is one
//     that is never cancelled (context.Background, context.TODO,
//     context.WithoutCancel, or a value layered on one of them).
//
// For example:
//
//	b := backoff.NewExponentialBackOff()
//	b.MaxElapsedTime = 0        // configured to retry forever here
//	err := backoff.Retry(op, b) // backoff.Retry with MaxElapsedTime 0 never stops retrying; ...
//
// A context that is never cancelled counts as no context at all.
//
// # What it does not report
//
//   - Loops bounded by a counter compared with a limit on a path that
//     leaves (for i := 0; i < n; i++, for range n, if attempt >= max
//     { return err }), by a deadline (time.Now().Before(d), time.Since(t)
//     > max, a timer or time.After in a select case that leaves), or by a
//     context (<-ctx.Done() in a select case that leaves, ctx.Err() or
//     context.Cause checked on a path that leaves, errors.Is(err,
//     context.Canceled)).
//   - Loops that something else the analyzer cannot judge may end: a
//     condition on a variable, a field or a function that is not the
//     outcome of the attempt (a shutdown flag, a stop channel, a cap on
//     the backoff that returns). When in doubt it stays silent.
//   - Event loops (for { select { case <-ctx.Done(): return; case m :=
//     <-ch: ... } }), accept and serve loops (success goes round again),
//     for rows.Next(), scanners, readers and writers, draining a work
//     queue (failure leaves), polling loops that leave on failure, and
//     loops whose repeated operation returns no error (for !try()).
//   - Consumer loops: a loop that goes round when one call fails but
//     leaves on any failure of a call made before it in the turn, which
//     fetches what the turn works on. An accept loop that drops a
//     connection it cannot identify, a stream's Recv loop that skips a
//     message it cannot parse, an iterator that skips filtered items and
//     a compare-and-swap that reads the version again after a conflict
//     all work on fresh input each turn and end when the source fails.
//     The same shape also hides a retry of an operation on a connection
//     taken anew each turn (for { c, err := pool.Get(); if err != nil {
//     return err }; if c.Exec(q) == nil { return nil } }): a known limit.
//   - Loops that go round again only for one specific error value
//     compared with != and do not wait, such as bufio's loop on
//     ErrBufferFull: they make progress with each turn. The same loop
//     that sleeps is waiting for that error to clear, and is reported.
//   - System calls retried on EINTR, and rejection sampling (loops that
//     draw random candidates until one is valid: they call crypto/rand or
//     read from an io.Reader named rand).
//   - Library calls with a limit or a cancellable context, with options
//     or backoffs the analyzer cannot see (a parameter, a helper's
//     result, a value passed to another function before use), with a
//     retried function that checks the context itself, and go-retry calls
//     whose function never marks an error with RetryableError (go-retry
//     retries only those).
//   - _test.go files, unless -unboundedretry.tests is set; generated files.
//
// # Flags
//
// -unboundedretry.tests: also report in _test.go files and in packages that
// support tests.
//
// # Compared with other tools
//
// No Go linter recognises retry loops. gosec's G118 reports loops without
// any exit in functions that take a context, which misses every retry
// loop (they exit on success) and reports event loops that are fine.
// staticcheck, go vet and revive have no retry checks, and none of them
// knows the retry libraries' defaults.
package unboundedretry
