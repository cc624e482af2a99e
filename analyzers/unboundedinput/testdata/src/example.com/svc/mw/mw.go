// want package:"bodylimit"

// Package mw holds the middleware that limits every request body.
package mw

import (
	"io"
	"net/http"
)

// Limit caps request bodies at 1 MB.
func Limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		next.ServeHTTP(w, r)
	})
}

func health(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: this package limits every body
	_ = data
}
