// Package startupon exits in startup code, reported with -startup-exits.
package startupon

import (
	"log"
	"os"
)

func init() {
	if os.Getenv("X") == "" {
		log.Fatal("no X") // want `log.Fatal ends the process from library package startupon`
	}
}

// NewClient makes a client.
func NewClient(addr string) {
	if addr == "" {
		os.Exit(1) // want `os.Exit ends the process from library package startupon`
	}
}
