// Package startup exits only in startup code, which is not reported by
// default.
package startup

import (
	"log"
	"os"
)

var cfg = loadConfig()

func loadConfig() string {
	v := os.Getenv("CFG")
	if v == "" {
		log.Fatal("CFG is not set") // ok: only a package-level initializer calls it
	}
	return v
}

func init() {
	if os.Getenv("X") == "" {
		log.Fatal("no X") // ok: init
	}
	parseEnv()
}

func parseEnv() {
	os.Exit(1) // ok: only init calls it
}

// Client is a client.
type Client struct{}

// NewClient makes a client.
func NewClient(addr string) *Client {
	if addr == "" {
		log.Fatalf("no address") // ok: a constructor
	}
	return &Client{}
}

// MustParse parses or exits.
func MustParse(s string) int {
	if s == "" {
		os.Exit(2) // ok: a Must function
	}
	return 0
}

func setupTracing() {
	log.Fatal("no tracer") // ok: a setup function
}

// Newline is no constructor.
func Newline() {
	log.Fatal("x") // want `log.Fatal ends the process from library package startup`
}

// Get serves a request; it also uses the helper init uses.
func (c *Client) Get() {
	helper()
}

func helper() {
	log.Fatal("x") // want `log.Fatal ends the process from library package startup`
}

func init() { helper(); setupTracing() }

// BuildShards is an exported builder, run at startup.
func BuildShards() { shardSettings() }

func shardSettings() {
	log.Fatal("bad TLS config") // ok: only a builder calls it
}

func buildResponse() string {
	log.Fatal("x") // want `log.Fatal ends the process from library package startup`
	return ""
}

// Handle handles a request.
func Handle() string { return buildResponse() }
