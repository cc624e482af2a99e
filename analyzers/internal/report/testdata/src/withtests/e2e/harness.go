// Package e2e, analyzed with Options.Tests: test-support code is reported.
package e2e

func bad() {}

func serve() {
	bad() // want `call of bad`
}
