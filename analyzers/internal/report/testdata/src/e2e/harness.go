// Package e2e is an end-to-end test harness: nothing in it runs in production.
package e2e

func bad() {}

func serve() {
	bad() // ok: a package that supports tests
}
