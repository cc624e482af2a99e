// Command localserver is a CLI that runs a one-shot callback server for
// as long as a login takes.
package main

import (
	"fmt"
	"net"
	"net/http"
	"time"
)

func main() {
	code, err := login()
	fmt.Println(code, err)
}

func login() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	codes := make(chan string, 1)
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		codes <- r.URL.Query().Get("code")
	})}
	go srv.Serve(l) // ok: closed when login returns
	defer srv.Close()
	select {
	case c := <-codes:
		return c, nil
	case <-time.After(time.Minute):
		return "", fmt.Errorf("timed out")
	}
}
