// Package testutil supports tests: a fake server.
package testutil

import (
	"io"
	"net/http"
)

// Echo writes back what it reads.
func Echo(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: tests are not reported without -unboundedinput.tests
	w.Write(data)
}

// Handler serves Echo.
var Handler = http.HandlerFunc(Echo)
