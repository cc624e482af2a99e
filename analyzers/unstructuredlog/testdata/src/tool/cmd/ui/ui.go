// Package ui is part of a command (its path has a cmd element): its output
// is the command's user interface.
package ui

import (
	"fmt"
	"log"
	"os"

	zlog "github.com/rs/zerolog/log"
)

func Report(n int) {
	fmt.Printf("%d files\n", n)           // ok: a command's output
	fmt.Fprintln(os.Stderr, "warning: x") // ok: a command's output
	log.Printf("n=%d", n)                 // ok: a command's output (reported with -unstructuredlog.main)
	zlog.Error().Msgf("n=%d", n)          // ok: a command's output
}
