// Command addimport serves and stops on Ctrl-C only; the file does not
// import syscall.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"time"
)

func main() {
	srv := &http.Server{Addr: ":8080"}
	go func() { log.Print(srv.ListenAndServe()) }()
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt) // want `signal.Notify listens for SIGINT but not SIGTERM \(orchestrators stop a process with SIGTERM, which kills the server mid-request\); add syscall.SIGTERM`
	<-c
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(ctx)
}
