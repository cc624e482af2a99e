package embedding

import (
	"net/http"
	"time"
)

// APIClient embeds an http.Client by value.
type APIClient struct {
	http.Client
	BaseURL string
}

// PtrClient embeds a pointer: its zero value has no client at all.
type PtrClient struct {
	*http.Client
}

func _() {
	a := &APIClient{BaseURL: "x"} // want `APIClient\{...\} embeds an http.Client that has no Timeout`
	a.Get(a.BaseURL)
	b := new(APIClient) // want `new\(APIClient\) embeds an http.Client that has no Timeout`
	b.Get("x")
	c := &APIClient{Client: http.Client{}} // want `http.Client\{\} has no Timeout`
	c.Get("x")
}

func _() {
	a := &APIClient{Client: http.Client{Timeout: time.Second}} // ok: the embedded client has a Timeout
	a.Get("x")
	b := &APIClient{} // ok: promoted Timeout set before use
	b.Timeout = time.Second
	b.Get("x")
	c := &APIClient{} // ok: Timeout set through the embedded field before use
	c.Client.Timeout = time.Second
	c.Get("x")
	d := &PtrClient{} // ok: a nil *http.Client is not a client without a timeout
	_ = d
}
