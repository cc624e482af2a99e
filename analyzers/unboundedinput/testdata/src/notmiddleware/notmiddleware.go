// Package notmiddleware limits one handler's body: that is no middleware.
package notmiddleware

import (
	"io"
	"net/http"
)

func limited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	data, _ := io.ReadAll(r.Body) // ok: limited here
	_ = data
}

func unlimited(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}
