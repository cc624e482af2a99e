package gostmt

import (
	"net"
	"net/http"
)

func Work() error { return nil }
func NoErr()      {}

func _(srv *http.Server, l net.Listener, f func() (int, error)) {
	go srv.ListenAndServe()           // want `error from srv.ListenAndServe is lost in the go statement \(nobody sees the failure\)`
	go srv.Serve(l)                   // want `error from srv.Serve is lost`
	go http.ListenAndServe(":0", nil) // want `error from http.ListenAndServe is lost`
	go Work()                         // want `error from Work is lost`
	go f()                            // want `error from f is lost`
	go func() error { return nil }()  // want `is lost in the go statement`
	go NoErr()                        // ok: no error result
	go func() {
		if err := srv.ListenAndServe(); err != http.ErrServerClosed { // ok: handled in the goroutine
			panic(err)
		}
	}()
	go func() {
		srv.ListenAndServe() // want `error from srv.ListenAndServe is dropped`
	}()
	go l.Close() // ok: Close of a listener cannot lose data
}
