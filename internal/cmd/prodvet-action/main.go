// Command prodvet-action is the run step of prodvet's GitHub Action
// (action.yml): see package internal/action. The action's install step
// builds it beside prodvet and reviewdog.
package main

import (
	"os"

	"github.com/prodvet/prodvet/internal/action"
)

func main() {
	os.Exit(action.Main())
}
