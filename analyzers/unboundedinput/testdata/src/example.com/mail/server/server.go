// want package:"bodylimit"

// Package server registers apiv1's handlers behind a middleware that
// limits every body (mailpit's layout).
package server

import (
	"net/http"

	"example.com/mail/apiv1"
)

func middleware(fn http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 5<<20)
		fn(w, r)
	}
}

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/chaos", middleware(apiv1.Chaos)) // ok: this package limits every body
	mux.HandleFunc("/tags", middleware(apiv1.Tags))   // ok: likewise
	return mux
}
