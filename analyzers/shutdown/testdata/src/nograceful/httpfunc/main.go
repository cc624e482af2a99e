// Command httpfunc serves with the package-level http.ListenAndServe and
// never stops.
package main

import (
	"log"
	"net/http"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {})
	log.Fatal(http.ListenAndServe(":8080", nil)) // want `http.ListenAndServe serves with no graceful shutdown \(a deploy cuts the requests in flight\); serve with an http.Server and call its Shutdown on SIGTERM`
}
