// Command unixsig lists signals from golang.org/x/sys/unix.
package main

import (
	"context"
	"net/http"
	"os/signal"

	"golang.org/x/sys/unix"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), unix.SIGINT, unix.SIGHUP) // want `add unix.SIGTERM`
	defer stop()
	srv := &http.Server{Addr: ":8080"}
	go srv.ListenAndServe()
	<-ctx.Done()
	srv.Close()
}
