// Package devtools holds a developer's subcommand: a local file server.
package devtools

import (
	"net/http"

	"github.com/spf13/cobra"
)

// Serve returns the command that serves a directory for development.
func Serve() *cobra.Command { // want Serve:"lifecycle"
	return &cobra.Command{
		Use: "serve",
		Run: func(cmd *cobra.Command, args []string) {
			http.ListenAndServe(":3000", http.FileServer(http.Dir(args[0]))) // ok: the binary's server stops on SIGTERM
		},
	}
}
