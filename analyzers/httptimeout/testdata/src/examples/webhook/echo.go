// Package main is an example webhook receiver under examples/: not part of
// the service, so nothing here is reported (as for test support).
package main

import "net/http"

func main() {
	http.ListenAndServe(":5001", nil) // ok: an example program
	http.Get("http://localhost:5001") // ok: an example program
}
