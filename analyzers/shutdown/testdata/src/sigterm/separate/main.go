// Command separate subscribes to SIGINT and to SIGTERM in two places.
package main

import (
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	go http.ListenAndServe(":8080", nil)
	i := make(chan os.Signal, 1)
	signal.Notify(i, os.Interrupt) // ok: SIGTERM is handled in onTerm
	go onTerm()
	<-i
}

func onTerm() {
	t := make(chan os.Signal, 1)
	signal.Notify(t, syscall.SIGTERM, os.Kill)
	<-t
	os.Exit(0)
}
