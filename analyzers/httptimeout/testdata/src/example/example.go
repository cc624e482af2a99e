// Package example is a real package about examples, not an examples/
// directory: it is reported.
package example

import "net/http"

func Serve() {
	http.ListenAndServe(":5001", nil) // want `http.ListenAndServe serves with no timeouts`
}
