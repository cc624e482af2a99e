// Package helpers imports testing from a non-test file: test support.
package helpers

import (
	"log/slog"
	"testing"
)

func Must(t *testing.T, err error) {
	if err != nil {
		slog.Error(err.Error()) // ok: test support package
		t.Fatal(err)
	}
}
