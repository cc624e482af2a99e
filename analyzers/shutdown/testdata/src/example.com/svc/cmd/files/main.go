// Command files runs the serve command of another package.
package main

import "example.com/svc/cmd/serve"

func main() {
	serve.Cmd.Execute() // want `serve.Cmd serves with no graceful shutdown \(via http.ListenAndServe; a deploy cuts the requests in flight\); stop it on SIGTERM`
}
