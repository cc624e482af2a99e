package testfilesoff

import (
	"net/http"
	"testing"
)

func TestFetch(t *testing.T) {
	http.Get("http://localhost:8080") // ok: test files are not reported by default
}
