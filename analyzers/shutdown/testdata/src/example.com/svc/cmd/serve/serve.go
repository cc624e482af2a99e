// Package serve is the serve command of a cobra command tree: command
// code, judged like main.
package serve

import (
	"net/http"

	"github.com/spf13/cobra"
)

// Cmd serves the files of a directory.
var Cmd = &cobra.Command{
	Use: "serve",
	RunE: func(cmd *cobra.Command, args []string) error {
		return http.ListenAndServe(":8000", http.FileServer(http.Dir("."))) // want `http.ListenAndServe serves with no graceful shutdown`
	},
}
