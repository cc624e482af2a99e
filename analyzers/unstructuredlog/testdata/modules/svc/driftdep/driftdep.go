package driftdep // want package:"structured"

// Package driftdep makes no structured call itself, but imports logx of
// its own module: its unstructured lines are drift, reported one by one.

import (
	"log"

	"example.com/svc/logx"
)

var logger = logx.New()

func _(id string) {
	log.Printf("user %s", id) // want `log.Printf writes an unstructured log line`
	log.Println("done")       // want `log.Println writes an unstructured log line`
}
