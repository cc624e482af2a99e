// Command allsignals serves and listens for every signal, or for signals
// it does not show.
package main

import (
	"net/http"
	"os"
	"os/signal"
)

var stopSignals = []os.Signal{os.Interrupt}

func main() {
	go http.ListenAndServe(":8080", nil)
	c := make(chan os.Signal, 1)
	signal.Notify(c) // ok: every signal
	d := make(chan os.Signal, 1)
	signal.Notify(d, os.Interrupt) // ok: the package listens for SIGTERM above
	e := make(chan os.Signal, 1)
	signal.Notify(e, stopSignals...) // ok: signals it does not show
	<-c
}
