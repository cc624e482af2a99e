// Package setsdefault replaces http.DefaultClient itself, so its uses of the
// default client are bounded.
package setsdefault

import (
	"net/http"
	"time"
)

func init() {
	http.DefaultClient = &http.Client{Timeout: 10 * time.Second}
}

func _(u string) {
	http.Get(u)                // ok: the package set http.DefaultClient
	http.DefaultClient.Do(nil) // ok: the package set http.DefaultClient
}
