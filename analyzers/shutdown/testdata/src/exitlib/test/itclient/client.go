// Package itclient is an integration-test client under a test/ directory.
package itclient

import "log"

// Dial dials or exits.
func Dial() {
	log.Fatalf("cannot dial") // ok: under test/
}
