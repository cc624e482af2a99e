// Command prodvet finds Go code that works on a laptop and fails in
// production: HTTP calls without timeouts, retry loops that never give up,
// dropped errors, unsearchable logs, lost contexts, and queries in loops.
//
// Usage:
//
//	prodvet [flags] packages...                 analyze packages (standalone)
//	go vet -vettool=$(which prodvet) packages   analyze under the go command
//	prodvet help [analyzer]                     describe the analyzers and their flags
//
// Exit status: 0 when there is nothing to report, 1 when there are findings,
// 2 when prodvet could not do its job (a bad flag, a package that does not
// load or type-check, an internal error); 2 wins over 1.
//
// The driver knows nothing about individual hazards: the suite is
// analyzers.All(), and everything an analyzer reports reaches the user
// unchanged through either driver.
package main

import (
	"os"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/unitchecker"
)

// Exit codes.
const (
	exitClean    = 0
	exitFindings = 1
	exitError    = 2
)

func main() {
	suite := analyzers.All()
	if invokedByGoVet(os.Args[1:]) {
		// The go command drives us one package at a time through the
		// unitchecker protocol (-V=full, -flags, then a .cfg per package).
		// unitchecker parses os.Args itself.
		os.Args = append(os.Args[:1], vetArgs(os.Args[1:], suite)...)
		unitchecker.Main(suite...)
		return
	}
	os.Exit(runStandalone(os.Args[1:], suite, os.Stdout, os.Stderr))
}

// invokedByGoVet reports whether args follow the protocol "go vet -vettool"
// speaks: a version or flags query, or a single package config file last.
func invokedByGoVet(args []string) bool {
	for _, arg := range args {
		if arg == "-V=full" || arg == "-flags" || arg == "--flags" {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}

// vetArgs keeps the analyzers that are off by default (analyzers.OnByDefault)
// off under go vet, whose flag rules would otherwise run the whole suite
// when no analyzer is selected: it adds -NAME=false for each of them that
// args do not name. Selected by name (-NAME), such an analyzer runs, as
// standalone.
func vetArgs(args []string, suite []*analysis.Analyzer) []string {
	var extra []string
	for _, a := range suite {
		if !analyzers.OnByDefault(a.Name) && !namesAnalyzer(args, a.Name) {
			extra = append(extra, "-"+a.Name+"=false")
		}
	}
	return append(extra, args...)
}

// namesAnalyzer reports whether args hold the selection flag of the
// analyzer name (-name, --name, -name=true or -name=false).
func namesAnalyzer(args []string, name string) bool {
	for _, arg := range args {
		flagName, _, _ := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if strings.HasPrefix(arg, "-") && flagName == name {
			return true
		}
	}
	return false
}
