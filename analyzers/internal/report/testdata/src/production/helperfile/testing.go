package helperfile

import "testing"

// NewForTest opens a driver for a test.
func NewForTest(t testing.TB) *Driver {
	bad() // want `call of bad`
	return Open()
}
