// Package generated holds a generated handler beside a hand-written one.
package generated

import (
	"io"
	"net/http"
)

func manual(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}
