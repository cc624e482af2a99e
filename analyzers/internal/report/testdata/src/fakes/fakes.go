// Package fakes exports only helpers that take a *testing.T: it supports tests.
package fakes

import "testing"

func bad() {}

func Check(t *testing.T) {
	bad() // ok: a package that supports tests
}
