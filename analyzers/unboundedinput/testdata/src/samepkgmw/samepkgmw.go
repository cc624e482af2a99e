// want package:"bodylimit"

// Package samepkgmw has its limiting middleware beside its handlers.
package samepkgmw

import (
	"io"
	"net/http"
)

func limit(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
		next(w, r)
	}
}

func hook(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: the package's middleware limits every body
	_ = data
}
