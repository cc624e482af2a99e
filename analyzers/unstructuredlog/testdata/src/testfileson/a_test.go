package testfileson

import (
	"log"
	"testing"
)

func TestX(t *testing.T) {
	t.Logf("user %s", "x")    // ok: t.Log is not a logger
	log.Printf("debug %d", 1) // want `log.Printf writes an unstructured log line`
}
