// Command cli is no server: Ctrl-C alone is what it should stop on.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt) // ok: not a server
	defer stop()
	<-ctx.Done()
	fmt.Println("bye")
}
