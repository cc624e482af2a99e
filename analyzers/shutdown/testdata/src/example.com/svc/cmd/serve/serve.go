// Package serve is the serve command of a cobra command tree: command
// code, which exports what its command does for main to judge.
package serve

import (
	"net/http"

	"github.com/spf13/cobra"
)

// Cmd serves the files of a directory.
var Cmd = &cobra.Command{ // want Cmd:"lifecycle"
	Use: "serve",
	RunE: func(cmd *cobra.Command, args []string) error {
		return http.ListenAndServe(":8000", http.FileServer(http.Dir("."))) // ok: reported where main runs the command
	},
}
