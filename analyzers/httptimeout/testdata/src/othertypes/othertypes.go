package othertypes

import (
	http "othertypes/fake"
)

func _() {
	c := &http.Client{} // ok: not net/http's Client
	c.Get("x")
	_ = &http.Server{Addr: ":80"}   // ok: not net/http's Server
	http.Get("x")                   // ok: not net/http's Get
	http.ListenAndServe(":80", nil) // ok: not net/http's ListenAndServe
}
