// Command worker serves metrics and stops on Ctrl-C only, through a helper.
package main

import (
	"log"

	"example.com/svc/internal/server"
)

func main() {
	ctx, cancel := server.InterruptContext() // want `server.InterruptContext listens for SIGINT but not SIGTERM \(via signal.NotifyContext; orchestrators stop a process with SIGTERM, which kills the server mid-request\); listen for syscall.SIGTERM too`
	defer cancel()
	go func() { log.Print(server.ServeMetrics(":9090")) }() // ok: the package handles SIGINT
	<-ctx.Done()
}
