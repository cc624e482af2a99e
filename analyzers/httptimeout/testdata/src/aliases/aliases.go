package aliases

import (
	"net/http"
	"time"
)

type Client = http.Client

type ptrClient = *http.Client

func _() {
	c := &Client{} // want `Client\{\} has no Timeout`
	c.Get("x")
	var p ptrClient = &http.Client{} // want `http.Client\{\} has no Timeout`
	p.Get("x")
	d := &Client{Timeout: time.Second} // ok: Timeout set through the alias
	d.Get("x")
}
