// Package sibling is in the same module as logx but does not import it:
// facts flow along imports only, so its house style is its own.
package sibling

import "log"

func _(id string) {
	log.Printf("user %s", id) // want `package sibling logs 2 lines unstructured and none structured`
	log.Println("done")       // ok: counted in the package's finding
}
