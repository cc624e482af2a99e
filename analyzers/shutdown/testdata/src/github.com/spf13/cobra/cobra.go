// Package cobra is a minimal stub of github.com/spf13/cobra holding what shutdown matches.
package cobra

type Command struct {
	Use  string
	RunE func(cmd *Command, args []string) error
	Run  func(cmd *Command, args []string)
}

func (c *Command) Execute() error { return nil }

func (c *Command) AddCommand(cmds ...*Command) {}
