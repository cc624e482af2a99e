package testfilesoff

import (
	"fmt"
	"log"
	"testing"
)

func TestX(t *testing.T) {
	t.Logf("user %s", "x")     // ok: t.Log is the test's output
	log.Printf("debug %d", 1)  // ok: test files are not reported by default
	fmt.Println("test output") // ok: test files are not reported by default
}
