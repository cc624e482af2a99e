// Package setsdefaulttimeout sets http.DefaultClient's Timeout in main.
package setsdefaulttimeout

import (
	"net/http"
	"time"
)

func main() {
	http.DefaultClient.Timeout = 10 * time.Second
	http.Get("http://example.com") // ok: the package set http.DefaultClient.Timeout
}
