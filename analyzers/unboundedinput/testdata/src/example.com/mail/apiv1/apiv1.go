// Package apiv1 holds handlers that the server package registers behind
// its middleware: whether their bodies are limited is decided there.
package apiv1

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Chaos is registered by package server.
func Chaos(w http.ResponseWriter, r *http.Request) { // want Chaos:"readsbody"
	var v map[string]any
	json.NewDecoder(r.Body).Decode(&v) // ok here: decided where Chaos is registered
}

// Tags is registered by package server and by package open.
func Tags(w http.ResponseWriter, r *http.Request) { // want Tags:"readsbody"
	data, _ := io.ReadAll(r.Body) // ok here: decided where Tags is registered
	_ = data
}

// Login is a gin handler, registered elsewhere.
func Login(c *gin.Context) { // want Login:"readsbody"
	var v map[string]any
	c.ShouldBindJSON(&v) // ok here: decided where Login is registered
}

// Routes registers one handler here: this package is its router.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/local", local)
}

func local(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}

// Service is an implementation of a generated server interface: its
// methods are called through the interface, so they are judged here.
type Service struct{}

func (Service) Hook(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}
