package main

import "net/http"

func main() {
	http.ListenAndServe(":8080", nil) // want `error from http.ListenAndServe is dropped`
}

func run() {
	http.ListenAndServe(":8080", nil) // ok: not main, no error result
}
