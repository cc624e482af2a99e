// Package root is a cobra command tree wired in init, run by Execute.
package root

import (
	"net"

	"github.com/spf13/cobra"
	"google.golang.org/grpc"
)

var rootCmd = &cobra.Command{Use: "svc"}

var serveCmd = &cobra.Command{
	Use: "serve",
	RunE: func(cmd *cobra.Command, args []string) error {
		lis, err := net.Listen("tcp", ":50051")
		if err != nil {
			return err
		}
		return grpc.NewServer().Serve(lis)
	},
}

func init() {
	rootCmd.AddCommand(serveCmd)
}

// Execute runs the root command.
func Execute() error { return rootCmd.Execute() } // want Execute:"lifecycle"

var version = "dev"

// Version reports the version; it reads a package variable like most
// functions of a command package.
func Version() string { return version } // ok: a string variable leads nowhere
