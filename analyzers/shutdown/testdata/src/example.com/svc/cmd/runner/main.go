// Command runner delegates to a library function that shuts down itself.
package main

import (
	"context"
	"log"

	"example.com/svc/internal/server"
)

func main() {
	log.Print(server.Run(context.Background(), ":8080")) // ok: Run shuts down
}
