// Package testutil supports tests: a fake server.
package testutil

import (
	"io"
	"net/http"
)

// Echo writes back what it reads.
func Echo(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	w.Write(data)
}

// Handler serves Echo.
var Handler = http.HandlerFunc(Echo)
