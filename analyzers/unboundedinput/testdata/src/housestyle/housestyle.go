// Package housestyle reads every body with no limit: a decision of the
// package, reported once.
package housestyle

import (
	"encoding/json"
	"io"
	"net/http"
)

type order struct{ ID string }

func create(w http.ResponseWriter, r *http.Request) {
	var o order
	json.NewDecoder(r.Body).Decode(&o) // want `package housestyle reads request bodies with no size limit in 4 places \(house style, reported once\); limit them all in a middleware with http.MaxBytesReader`
}

func update(w http.ResponseWriter, r *http.Request) {
	var o order
	json.NewDecoder(r.Body).Decode(&o) // reported with the first, as a related place
}

func hook(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // reported with the first, as a related place
	_ = data
}

func upload(w http.ResponseWriter, r *http.Request) {
	f, _, _ := r.FormFile("f")
	data, _ := io.ReadAll(f) // reported with the first, as a related place
	_ = data
}

func limited(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	data, _ := io.ReadAll(r.Body) // ok: limited
	_ = data
}
