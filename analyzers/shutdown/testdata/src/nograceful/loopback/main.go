// Command loopback serves only debug endpoints on the loopback interface.
package main

import (
	"log"
	"net/http"
	_ "net/http/pprof"
)

func main() {
	go func() {
		log.Println(http.ListenAndServe("localhost:6060", nil)) // ok: a local debug endpoint
	}()
	dbg := &http.Server{Addr: "127.0.0.1:6061"}
	go dbg.ListenAndServe() // ok: loopback
	v6 := &http.Server{Addr: "[::1]:6062"}
	v6.ListenAndServe() // ok: loopback
	pub := &http.Server{Addr: "0.0.0.0:8080"}
	pub.ListenAndServe() // want `pub.ListenAndServe serves with no graceful shutdown`
}
