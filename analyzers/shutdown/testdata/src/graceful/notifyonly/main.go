// Command notifyonly handles SIGTERM without calling Shutdown: it decides
// itself how to stop, which shutdown does not second-guess.
package main

import (
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	go handleSignals()
	log.Print(http.ListenAndServe(":8080", nil)) // ok: SIGTERM is handled
}

func handleSignals() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGTERM, syscall.SIGINT)
	<-c
	log.Print("draining")
	os.Exit(0)
}
