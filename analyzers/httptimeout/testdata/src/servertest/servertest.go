// Package servertest is a test helper package, like net/http/httptest.
package servertest

import "net/http"

func NewServer(h http.Handler) *http.Server {
	return &http.Server{Addr: "127.0.0.1:0", Handler: h} // ok: a test helper package serves tests on loopback
}

func Client() *http.Client {
	return &http.Client{} // ok: a test helper package talks to the test's servers
}
