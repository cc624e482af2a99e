// Package tool lives under cmd/: command code.
package tool

import "os"

// Main runs the tool.
func Main() {
	os.Exit(3) // ok: command code
}
