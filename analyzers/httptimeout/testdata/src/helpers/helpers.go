// Package helpers supports tests: it imports testing outside _test.go files.
package helpers

import (
	"net/http"
	"testing"
)

func Get(t *testing.T, url string) *http.Response {
	resp, err := http.Get(url) // ok: a test support package talks to the test's servers
	if err != nil {
		t.Fatal(err)
	}
	return resp
}
