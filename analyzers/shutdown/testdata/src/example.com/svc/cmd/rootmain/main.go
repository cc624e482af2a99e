// Command rootmain runs a command tree whose serve command never stops.
package main

import "example.com/svc/cmd/root"

func main() {
	println(root.Version()) // ok: Version reads no command variable
	root.Execute()          // want `root.Execute serves with no graceful shutdown \(via \(\*grpc.Server\).Serve; `
}
