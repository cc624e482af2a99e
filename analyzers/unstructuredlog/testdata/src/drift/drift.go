// Package drift logs through slog already: a line that uses log or
// printf-style formatting is drift, reported where it is.
package drift

import (
	"fmt"
	"log"
	"log/slog"
)

func _(id string) {
	slog.Info("login", "user", id)      // ok: the package logs structurally
	log.Printf("user %s logged in", id) // want `log.Printf writes an unstructured log line; use log/slog`
	fmt.Printf("user %s\n", id)         // want `fmt.Printf used as logging writes an unstructured line`
}
