// Package main is an example program, reported when -httptimeout.tests is
// set.
package main

import "net/http"

func main() {
	http.ListenAndServe(":5001", nil) // want `http.ListenAndServe serves with no timeouts`
}
