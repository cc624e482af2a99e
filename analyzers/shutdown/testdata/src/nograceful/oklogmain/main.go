// Command oklogmain runs an oklog/run group with a signal handler actor.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"syscall"

	"github.com/oklog/run"
)

func main() {
	var g run.Group
	g.Add(run.SignalHandler(context.Background(), os.Interrupt, syscall.SIGTERM))
	srv := &http.Server{Addr: ":8080"}
	g.Add(func() error { return srv.ListenAndServe() }, func(error) {}) // ok: the group stops on SIGTERM
	log.Print(g.Run())
}
