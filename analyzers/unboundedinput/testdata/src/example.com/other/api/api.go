// Package api is in another module: the middleware of example.com/svc
// does not vouch for it.
package api

import (
	"io"
	"net/http"

	"example.com/svc/mw"
)

var _ = mw.Limit

func create(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}
