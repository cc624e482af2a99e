// Command api starts servers of a library package and never stops them.
package main

import (
	"log"

	"example.com/svc/internal/server"
)

func main() {
	srv := server.New(":8080")
	go server.ServeMetrics(":9090") // want `server.ServeMetrics serves with no graceful shutdown \(via http.ListenAndServe; a deploy cuts the requests in flight\); stop it on SIGTERM`
	log.Print(srv.Start())          // ok: one report per package that serves (the one above)
}
