// Package pkglevel holds calls outside any function: package-level var
// initializers have no enclosing function declaration.
package pkglevel

import (
	"log"
	"log/slog"
)

func join(parts ...string) string {
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func pairs() []any { return []any{"k", 1} }

var parts = []string{"a", "b"}

// Regression: a spread call in a package-level initializer crashed the
// wrapper inference, which took the enclosing function for granted.
var joined = join(parts...) // ok: not a logging call

var _ = join(append(parts, "c")...) // ok: not a logging call

var logger = slog.Default().With(pairs()...) // ok: spread pairs stop the key-value check

var _ = slog.Default().With("k") // want `key "k" of \(\*slog.Logger\).With has no value`

var _ = func() int {
	log.Printf("init %s", joined) // want `log.Printf writes an unstructured log line`
	return 0
}()
