// Package app runs the real server and stops it on SIGTERM.
package app

import (
	"context"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"
)

// Command returns the root command, which runs the server.
func Command() *cobra.Command { // want Command:"lifecycle"
	return &cobra.Command{Use: "app", Run: func(cmd *cobra.Command, args []string) { run() }}
}

func run() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	srv := &http.Server{Addr: ":8080"}
	go srv.ListenAndServe()
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
}
