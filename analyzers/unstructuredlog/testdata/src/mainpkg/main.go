// Package main is a command: its standard output and standard log are its
// user interface, not logging.
package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	log.Printf("listening on %s", ":8080")     // ok: package main, -main not set
	fmt.Println("done")                        // ok: a command's output is not logging
	fmt.Fprintf(os.Stderr, "usage: %s\n", "x") // ok: a command's output is not logging
}
