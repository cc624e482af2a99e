package clientlit

import (
	"net/http"
	"time"
)

type Config struct {
	Timeout time.Duration
}

const noTimeout = 0

func _(t http.RoundTripper) {
	c1 := &http.Client{} // want `http.Client\{\} has no Timeout \(requests can hang forever\); set Timeout`
	c1.Get("x")
	c2 := http.Client{Transport: t} // want `http.Client\{...\} has no Timeout`
	c2.Get("x")
	c3 := &http.Client{Timeout: 0} // want `http.Client\{...\} sets its timeout to zero, which means none`
	c3.Get("x")
	c4 := &http.Client{Timeout: noTimeout} // want `sets its timeout to zero`
	c4.Get("x")
	c5 := &http.Client{Timeout: -1 * time.Second} // want `sets its timeout to zero`
	c5.Get("x")
	c6 := new(http.Client) // want `new\(http.Client\) has no Timeout`
	c6.Get("x")
	var c7 http.Client // want `var c7 http.Client has no Timeout`
	c7.Get("x")
	(&http.Client{}).Get("x") // want `http.Client\{\} has no Timeout`
}

func newClient() *http.Client {
	return &http.Client{Transport: http.DefaultTransport} // want `http.Client\{...\} has no Timeout`
}

func _() {
	c := newClient() // ok: reported once, at the literal in newClient
	c.Get("x")
}

func _() {
	c := &http.Client{} // want `has no Timeout`
	c.Get("x")          // used before the timeout is set
	c.Timeout = time.Second
}

func _() {
	c := &http.Client{} // want `has no Timeout`
	c.Timeout = 0       // ok-looking, but zero is no timeout
	c.Get("x")
}

func _(cfg Config) {
	c := &http.Client{Timeout: 5 * time.Second} // ok: Timeout set
	c.Get("x")
	d := &http.Client{Timeout: cfg.Timeout} // ok: the configuration decides
	d.Get("x")
	e := http.Client{Transport: nil, CheckRedirect: nil, Jar: nil, Timeout: time.Second} // ok: Timeout set
	e.Get("x")
	f := http.Client{nil, nil, nil, time.Minute} // ok: Timeout set positionally
	f.Get("x")
}

func _() {
	c := &http.Client{} // ok: Timeout set before use
	c.Timeout = 30 * time.Second
	c.Get("x")
}

func _(cfg Config) *http.Client {
	c := &http.Client{Transport: http.DefaultTransport} // ok: Timeout set, conditionally, before the client escapes
	if cfg.Timeout > 0 {
		c.Timeout = cfg.Timeout
	}
	return c
}

func _() {
	var c http.Client // ok: Timeout set before use
	c.Timeout = time.Second
	c.Get("x")
}

func _() {
	c := new(http.Client) // ok: Timeout set before use
	c.Transport = http.DefaultTransport
	c.Timeout = time.Second
	c.Get("x")
}

type server struct {
	client *http.Client
}

func newServer() *server {
	s := &server{}
	s.client = &http.Client{} // ok: Timeout set on the field before use
	s.client.Timeout = time.Second
	return s
}

func newServer2() *server {
	s := &server{}
	s.client = &http.Client{} // want `has no Timeout`
	return s
}

// A package-level client configured in init.
var shared = &http.Client{} // ok: Timeout set in init

func init() {
	shared.Timeout = 10 * time.Second
}

var global = &http.Client{} // want `has no Timeout`

func _() { global.Get("x") }

// Streaming clients bound the wait for response headers on their transport
// and leave the body unbounded on purpose.
func _() {
	c := &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: time.Minute}} // ok: the transport bounds the wait for headers
	c.Get("x")
	tr := &http.Transport{ResponseHeaderTimeout: 30 * time.Second, MaxIdleConns: 10}
	d := &http.Client{Transport: tr} // ok: the transport bounds the wait for headers
	d.Get("x")
	tr2 := http.DefaultTransport.(*http.Transport).Clone()
	tr2.ResponseHeaderTimeout = 10 * time.Second
	e := &http.Client{Transport: tr2} // ok: the transport bounds the wait for headers
	e.Get("x")
	tr3 := &http.Transport{MaxIdleConns: 10}
	f := &http.Client{Transport: tr3} // want `has no Timeout`
	f.Get("x")
	g := &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: 0}} // want `has no Timeout`
	g.Get("x")
}
