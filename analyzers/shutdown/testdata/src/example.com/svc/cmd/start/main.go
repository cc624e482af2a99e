// Command startmain starts a library server through a method.
package main

import (
	"log"

	"example.com/svc/internal/server"
)

func main() {
	srv := server.New(":8080")
	log.Print(srv.Start()) // want `srv.Start serves with no graceful shutdown \(via \(\*http.Server\).ListenAndServe; a deploy cuts the requests in flight\); stop it on SIGTERM`
}
