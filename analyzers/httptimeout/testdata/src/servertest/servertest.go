// Package servertest is a test helper package, like net/http/httptest: it is
// named xtest and its exported functions take a testing.TB.
package servertest

import (
	"net/http"
	"testing"
)

func NewServer(t testing.TB, h http.Handler) *http.Server {
	return &http.Server{Addr: "127.0.0.1:0", Handler: h} // ok: a test helper package serves tests on loopback
}

func Client(t testing.TB) *http.Client {
	return &http.Client{} // ok: a test helper package talks to the test's servers
}
