// Command tool writes a report and exits through a library's exit wrapper.
package main

import (
	"bufio"
	"os"

	"example.com/svc/internal/server"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if len(os.Args) < 2 {
		server.Fatal("usage: tool FILE") // want `server.Fatal \(via log.Fatal\) exits before the deferred w.Flush\(\) runs \(buffered output is lost\)`
	}
	w.WriteString(os.Args[1])
}
