package goroutine

import "net/http"

func logWork(w http.ResponseWriter, r *http.Request) {
	go work(r.Context()) // want `r.Context\(\) is passed to a goroutine`
}

func process(r *http.Request) {}

func wholeRequest(w http.ResponseWriter, r *http.Request) {
	go process(r) // ok: the request itself is not followed into the goroutine
}
