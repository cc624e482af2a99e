// Package fakehttptest supports tests (its name ends in test): nothing in it
// runs in production.
package fakehttptest

import (
	"fmt"
	"log"
)

func Serve(url string) {
	fmt.Println("serving on", url) // ok: test support package
	log.Printf("serving %s", url)  // ok: test support package
}
