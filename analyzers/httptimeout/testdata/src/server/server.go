package server

import (
	"crypto/tls"
	"net"
	"net/http"
	"time"
)

func _(h http.Handler, l net.Listener) {
	http.ListenAndServe(":8080", h)               // want `http.ListenAndServe serves with no timeouts \(slow clients can hold connections forever\); use an http.Server with ReadHeaderTimeout set`
	http.ListenAndServeTLS(":8443", "c", "k", h)  // want `http.ListenAndServeTLS serves with no timeouts`
	http.Serve(l, h)                              // want `http.Serve serves with no timeouts`
	http.ServeTLS(l, h, "c", "k")                 // want `http.ServeTLS serves with no timeouts`
	s1 := &http.Server{Addr: ":8080", Handler: h} // want `http.Server\{...\} has neither ReadHeaderTimeout nor ReadTimeout \(slow clients can hold connections forever\); set ReadHeaderTimeout`
	s1.ListenAndServe()
	s2 := &http.Server{Addr: ":8080", WriteTimeout: time.Second} // want `has neither ReadHeaderTimeout nor ReadTimeout`
	s2.ListenAndServe()
	s3 := &http.Server{ReadHeaderTimeout: 0} // want `sets its timeout to zero`
	s3.ListenAndServe()
	s4 := new(http.Server) // want `new\(http.Server\) has neither ReadHeaderTimeout nor ReadTimeout`
	s4.Serve(l)
	var s5 http.Server // want `var s5 http.Server has neither`
	s5.Serve(l)
	go (&http.Server{Handler: h, TLSConfig: &tls.Config{}}).ServeTLS(l, "", "") // want `has neither ReadHeaderTimeout nor ReadTimeout`
}

func _(h http.Handler, d time.Duration) {
	s1 := &http.Server{Addr: ":8080", Handler: h, ReadHeaderTimeout: 5 * time.Second} // ok: ReadHeaderTimeout set
	s1.ListenAndServe()
	s2 := &http.Server{Addr: ":8080", ReadTimeout: 10 * time.Second} // ok: ReadTimeout bounds the headers too
	s2.ListenAndServe()
	s3 := &http.Server{Addr: ":8080", ReadHeaderTimeout: d} // ok: the configuration decides
	s3.ListenAndServe()
	s4 := &http.Server{Addr: ":8080"} // ok: ReadHeaderTimeout set before use
	s4.ReadHeaderTimeout = 2 * time.Second
	s4.ListenAndServe()
}

var srv = &http.Server{Addr: ":9090"} // ok: ReadTimeout set in init

func init() {
	srv.ReadTimeout = time.Minute
}

// A nil pointer declared for a server made later holds no server: the
// literal assigned to it is the site, reported once where it is written.
func _(h http.Handler, enabled bool) {
	var srv *http.Server // ok: nil until the literal below
	if enabled {
		srv = &http.Server{Addr: ":6060", Handler: h} // want `has neither ReadHeaderTimeout nor ReadTimeout`
		go srv.ListenAndServe()
	}
	var c *http.Client // ok: nil, nothing to configure
	_ = c
}
