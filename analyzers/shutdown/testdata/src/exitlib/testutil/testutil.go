// Package testutil supports tests.
package testutil

import "log"

// MustEnv exits when the environment is not set up.
func MustEnv() {
	log.Fatal("no test database") // ok: test support
}
