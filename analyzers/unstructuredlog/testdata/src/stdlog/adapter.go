package stdlog

import (
	"fmt"
	"log"
	"os"
)

// logger adapts the standard log package to a library's Logger interface:
// it is a logging backend, judged where it is chosen and called.
type logger struct{ l *log.Logger }

func (a *logger) Errorf(format string, v ...interface{}) { a.output("ERROR "+format, v...) }

func (a *logger) output(format string, v ...interface{}) {
	if len(v) == 0 {
		a.l.Print(format) // ok: inside a logger adapter
		return
	}
	a.l.Printf(format, v...) // ok: inside a logger adapter
}

type stderrLogger struct{}

func (stderrLogger) Printf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...) // ok: inside a logger adapter
}

func notAnAdapter(id string, n int) {
	log.Printf("user %s has %d items", id, n) // want `log.Printf writes an unstructured log line`
}
