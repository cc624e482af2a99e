package wellknown

import (
	"net/http"
	"time"

	cleanhttp "github.com/hashicorp/go-cleanhttp"
	retryablehttp "github.com/hashicorp/go-retryablehttp"
)

func _() {
	c := cleanhttp.DefaultClient() // want `cleanhttp.DefaultClient\(\) returns an http.Client that has no Timeout`
	c.Get("x")
	p := cleanhttp.DefaultPooledClient() // want `cleanhttp.DefaultPooledClient\(\) returns an http.Client that has no Timeout`
	p.Get("x")
	r := retryablehttp.NewClient() // want `retryablehttp.NewClient\(\) returns a client whose HTTPClient has no Timeout \(each attempt can hang forever\); set HTTPClient.Timeout`
	r.Get("x")
	retryablehttp.NewClient().Get("x") // want `retryablehttp.NewClient\(\) returns a client whose HTTPClient has no Timeout`
}

func _() {
	c := cleanhttp.DefaultPooledClient() // ok: Timeout set before use
	c.Timeout = 10 * time.Second
	c.Get("x")
	r := retryablehttp.NewClient() // ok: HTTPClient.Timeout set before use
	r.HTTPClient.Timeout = 10 * time.Second
	r.RetryMax = 3
	r.Get("x")
	s := retryablehttp.NewClient() // ok: HTTPClient replaced by one that is judged on its own
	s.HTTPClient = &http.Client{Timeout: time.Second}
	s.Get("x")
	t := &http.Client{Transport: cleanhttp.DefaultPooledTransport(), Timeout: time.Minute} // ok: a transport is not a client
	t.Get("x")
}
