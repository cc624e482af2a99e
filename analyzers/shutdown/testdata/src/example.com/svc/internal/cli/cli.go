// Package cli holds the commands of a CLI: command code. Its exits are the
// command's business and its one-shot callback server is bounded.
package cli

import (
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
)

// Login waits for one OAuth callback.
func Login() string { // want Login:"lifecycle"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err) // ok: command code may exit
	}
	code := make(chan string, 1)
	go http.Serve(l, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // ok: the listener is closed below
		code <- r.URL.Query().Get("code")
	}))
	c := <-code
	l.Close()
	return c
}

// Check exits when the configuration is bad.
func Check(path string) {
	if path == "" {
		fmt.Fprintln(os.Stderr, "no config")
		os.Exit(2) // ok: command code may exit
	}
}
