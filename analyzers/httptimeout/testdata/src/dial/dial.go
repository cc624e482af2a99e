package dial

import (
	"context"
	"crypto/tls"
	"net"
	"net/http"
	"time"
)

func _(addr string) {
	net.Dial("tcp", addr)                   // want `net.Dial has no timeout \(a connect can hang for minutes\); use net.DialTimeout or a net.Dialer with Timeout set`
	net.Dial("tcp4", addr)                  // want `net.Dial has no timeout`
	tls.Dial("tcp", addr, nil)              // want `tls.Dial has no timeout`
	net.DialTimeout("tcp", addr, 0)         // want `net.DialTimeout with a timeout of zero has no timeout`
	d := net.Dialer{KeepAlive: time.Minute} // want `net.Dialer\{...\} has neither Timeout nor Deadline \(a connect can hang for minutes\); set Timeout`
	d.Dial("tcp", addr)
	(&net.Dialer{}).Dial("tcp", addr)                   // want `net.Dialer\{\} has neither Timeout nor Deadline`
	tls.DialWithDialer(&net.Dialer{}, "tcp", addr, nil) // want `net.Dialer\{\} has neither Timeout nor Deadline`
	var v net.Dialer                                    // want `var v net.Dialer has neither Timeout nor Deadline`
	v.DialContext(context.Background(), "tcp", addr)
	e := new(net.Dialer) // want `new\(net.Dialer\) has neither`
	e.DialContext(context.TODO(), "tcp", addr)
}

func _(ctx context.Context, addr, network string) {
	net.Dial("unix", "/run/app.sock")           // ok: a local socket
	net.Dial("udp", addr)                       // ok: connectionless, dialing does not wait
	net.Dial(network, addr)                     // ok: the caller's network, not known here
	net.DialTimeout("tcp", addr, 5*time.Second) // ok: bounded
	d := &net.Dialer{Timeout: 5 * time.Second}  // ok: Timeout set
	d.Dial("tcp", addr)
	e := &net.Dialer{Deadline: time.Now().Add(time.Second)} // ok: Deadline set
	e.Dial("tcp", addr)
	f := &net.Dialer{} // ok: DialContext with a context that may carry a deadline
	f.DialContext(ctx, "tcp", addr)
	g := &net.Dialer{} // ok: Timeout set before use
	g.Timeout = time.Second
	g.Dial("tcp", addr)
	h := &net.Dialer{KeepAlive: 30 * time.Second} // ok: only stored in a Transport, which dials with request contexts
	_ = &http.Transport{DialContext: h.DialContext, TLSHandshakeTimeout: 10 * time.Second}
	_ = &http.Transport{DialContext: (&net.Dialer{}).DialContext} // ok: a method value, not a dial
}

func _(addr string, newCtx func() context.Context) {
	d := &net.Dialer{} // ok: the context comes from a function value, which may set a deadline
	d.DialContext(newCtx(), "tcp", addr)
}
