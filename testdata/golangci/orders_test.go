package orders

import (
	"net/http"
	"testing"
)

// TestClient makes a client with no timeout: reported only with the
// setting httptimeout.tests.
func TestClient(t *testing.T) {
	c := &http.Client{}
	_ = c
}
