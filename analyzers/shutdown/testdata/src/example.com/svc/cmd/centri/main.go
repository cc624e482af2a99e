// Command centri adds a developer's file server to a root command whose
// server stops gracefully: the program handles SIGTERM.
package main

import (
	"example.com/svc/cmd/app"
	"example.com/svc/cmd/devtools"
)

func main() {
	root := app.Command()
	root.Run = nil
	_ = devtools.Serve() // ok: the program stops gracefully
	root.Execute()
}
