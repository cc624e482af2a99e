// Package api serves requests behind example.com/svc/mw's limit.
package api

import (
	"encoding/json"
	"net/http"

	"example.com/svc/mw"
)

func Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/orders", create)
	return mw.Limit(mux)
}

func create(w http.ResponseWriter, r *http.Request) {
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v) // ok: a middleware of this module limits every body
}
