// Package httptesthelper is a production package with a test helper
// file: the file imports net/http/httptest, and its fatal lines are a
// test's setup failures.
package httptesthelper

import (
	"log"
	"net/http"
	"net/http/httptest"
)

func NewTestServer(h http.Handler) *httptest.Server {
	s := httptest.NewServer(h)
	if s == nil {
		log.Fatalf("could not start test server for %v", h) // ok: a test helper's failure
	}
	return s
}
