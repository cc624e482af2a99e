// Package adapterprintf has a printf-style logger over slog: its slog calls
// forward their own function's format, so they are no structured logging
// and the package's house style stays unstructured.
package adapterprintf

import (
	"fmt"
	"log"
	"log/slog"
)

type Logger struct{ sl *slog.Logger }

func (l *Logger) Infof(format string, args ...any) { l.sl.Info(fmt.Sprintf(format, args...)) } // ok: an adapter
func (l *Logger) Error(args ...any)                { l.sl.Error(fmt.Sprint(args...)) }         // ok: an adapter

func _(id string) {
	log.Printf("user %s", id) // want `package adapterprintf logs 2 lines unstructured`
	log.Println("done")       // ok: counted in the package's finding
}
