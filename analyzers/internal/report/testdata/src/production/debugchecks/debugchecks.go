// Package debugchecks calls testing.Testing() to switch on debug checks, the
// documented use of it in production code: it is not test support.
package debugchecks

import "testing"

var debug = testing.Testing()

func bad() {}

func Schedule() {
	if debug {
		return
	}
	bad() // want `call of bad`
}
