// Package fakes imports testing outside its _test.go files: it supports tests.
package fakes

import "testing"

func bad() {}

func Check(t *testing.T) {
	bad() // ok: a package that supports tests
}
