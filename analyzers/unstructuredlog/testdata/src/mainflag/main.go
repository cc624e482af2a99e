package main

import (
	"fmt"
	"log"
)

func main() {
	log.Printf("listening on %s", ":8080") // want `log.Printf writes an unstructured log line`
	fmt.Println("done")                    // ok: fmt in package main is a command's output even with -main
}
