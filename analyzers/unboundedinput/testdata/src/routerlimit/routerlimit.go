// want package:"bodylimit"

// Package routerlimit wraps its router in http.MaxBytesHandler.
package routerlimit

import (
	"io"
	"net/http"
)

func Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", hook)
	return http.MaxBytesHandler(mux, 1<<20)
}

func hook(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: the router limits every body
	_ = data
}
