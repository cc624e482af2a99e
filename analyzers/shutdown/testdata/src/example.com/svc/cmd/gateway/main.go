// Command gateway starts and stops a library server on SIGTERM.
package main

import (
	"context"
	"log"
	"time"

	"example.com/svc/internal/server"
)

func main() {
	srv := server.New(":8080")
	go func() { log.Print(srv.Start()) }() // ok: stopped below
	server.WaitForTerm()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Stop(ctx)
}
