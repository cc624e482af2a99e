package testfileson

import (
	"net/http"
	"testing"
)

func TestFetch(t *testing.T) {
	http.Get("http://localhost:8080") // want `http.Get uses http.DefaultClient`
}
