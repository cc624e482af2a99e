// Package cobracmd declares cobra commands: command code that may exit.
package cobracmd

import (
	"log"

	"github.com/spf13/cobra"
)

// Root is the root command.
var Root = &cobra.Command{
	Use: "tool",
	Run: func(cmd *cobra.Command, args []string) {
		log.Fatal("not implemented") // ok: command code
	},
}
