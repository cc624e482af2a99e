// Package housestyle logs only through the standard log package and fmt:
// its house style. It gets one finding, at its first unstructured line,
// with the count.
package housestyle

import (
	"fmt"
	"log"
	"os"
)

type adapter struct{}

// Printf is a logger adapter: its line is the backend's and not counted.
func (adapter) Printf(format string, args ...any) { log.Printf(format, args...) }

func _(id string, err error) {
	log.Printf("user %s failed: %v", id, err) // want `package housestyle logs 3 lines unstructured and none structured \(house style, reported once\); use log/slog with a constant message and attributes`
	log.Println("starting")                   // ok: counted in the package's finding
	fmt.Fprintln(os.Stderr, "retrying", id)   // ok: counted in the package's finding
	fmt.Fprintln(&discard{}, "to a writer")   // ok: not logging, not counted
}

type discard struct{}

func (*discard) Write(p []byte) (int, error) { return len(p), nil }
