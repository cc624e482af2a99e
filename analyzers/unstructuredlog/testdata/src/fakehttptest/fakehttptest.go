// Package fakehttptest supports tests (named xtest, and its exported
// functions take a testing.TB): nothing in it runs in production.
package fakehttptest

import (
	"fmt"
	"log"
	"testing"
)

func Serve(t testing.TB, url string) {
	fmt.Println("serving on", url) // ok: test support package
	log.Printf("serving %s", url)  // ok: test support package
}
