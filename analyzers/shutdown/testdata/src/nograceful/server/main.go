// Command server starts three servers and stops none.
package main

import (
	"log"
	"net"
	"net/http"
)

func main() {
	srv := &http.Server{Addr: ":8080"}
	go serveAdmin()
	l, err := net.Listen("tcp", ":9090")
	if err != nil {
		log.Print(err)
		return
	}
	defer l.Close()                              // ok: a deferred Close of the listener runs after Serve returned
	go http.Serve(l, nil)                        // want `http.Serve serves with no graceful shutdown`
	if err := srv.ListenAndServe(); err != nil { // want `srv.ListenAndServe serves with no graceful shutdown \(a deploy cuts the requests in flight\); on SIGTERM call Shutdown with a timeout`
		log.Print(err)
	}
}

// serveAdmin is a helper main reaches.
func serveAdmin() {
	admin := &http.Server{Addr: ":8081"}
	admin.ListenAndServeTLS("cert.pem", "key.pem") // want `admin.ListenAndServeTLS serves with no graceful shutdown`
}
