// Package deadline holds clients with no Timeout whose requests carry a
// deadline of their own, and the look-alikes that do not.
package deadline

import (
	"context"
	"net/http"
	"time"
)

// A request made with a context from WithTimeout ends at the deadline
// whatever the client: spire's kubelet client.
func podList(ctx context.Context, t http.RoundTripper) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "GET", "https://kubelet/pods", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer x")
	client := &http.Client{} // ok: its one request carries a 10s deadline
	if t != nil {
		client.Transport = t
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func withDeadline(parent context.Context, at time.Time) {
	ctx, cancel := context.WithDeadline(parent, at)
	defer cancel()
	ctx = context.WithValue(ctx, key{}, 1)
	req, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	req = req.WithContext(ctx)
	c := new(http.Client) // ok: the request's context has a deadline below a value
	c.Do(req)
	http.DefaultClient.Do(req) // ok: the same
}

type key struct{}

// The caller's context may have no deadline at all.
func callersContext(ctx context.Context) {
	req, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Do(req)
	http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout`
}

// One request with a deadline, one without: the client is still unbounded.
func mixed(ctx context.Context) {
	tctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req1, _ := http.NewRequestWithContext(tctx, "GET", "u", nil)
	req2, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Do(req1)
	c.Do(req2)
}

// Get takes no context: its request has no deadline.
func get(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	_ = ctx
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Get("u")
}

// A client that leaves the function may send anything.
func escapes(ctx context.Context) *http.Client {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Do(req)
	return c
}

// The deadline is set only on one branch: the request's context is not
// known to have one.
func branch(ctx context.Context, bounded bool) {
	if bounded {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, time.Second)
		defer cancel()
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Do(req)
}

// A cancel without a deadline bounds nothing.
func cancelOnly(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", "u", nil)
	c := &http.Client{} // want `http.Client\{\} has no Timeout`
	c.Do(req)
}
