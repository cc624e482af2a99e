package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/internal/output"
	"golang.org/x/tools/go/packages"
)

// newPaths returns how the files of a run print (see output.Paths): below
// the root (see rootDir); dependencies as module@version/path; GOROOT as
// $GOROOT.
func newPaths(pkgs []*packages.Package) *output.Paths {
	p := &output.Paths{}
	var gowork, gomod string
	if env := goEnv("GOROOT", "GOMODCACHE", "GOWORK", "GOMOD"); env != nil {
		p.GOROOT, p.ModCache, gowork, gomod = env[0], env[1], env[2], env[3]
	}
	p.Root = rootDir(gowork, gomod, pkgs)
	seen := make(map[string]bool)
	packages.Visit(pkgs, nil, func(pkg *packages.Package) {
		// Modules with no version: other modules of a workspace and
		// modules replaced by a local directory.
		m := pkg.Module
		if m != nil && m.Replace != nil {
			m = m.Replace
		}
		if m != nil && m.Version == "" && m.Dir != "" && m.Dir != p.Root && !seen[m.Dir] {
			seen[m.Dir] = true
			p.Local = append(p.Local, m.Dir)
		}
	})
	slices.Sort(p.Local)
	return p
}

// rootDir decides the directory paths are relative to, and is the only
// place that does: the directory of the go.work workspace when there is one
// (so that the files of all its modules print below it, as go vet prints
// them from there); else the main module's directory (the module of the
// working directory, or else of the first package); without a module
// (GOPATH mode, a list of files) the working directory.
func rootDir(gowork, gomod string, pkgs []*packages.Package) string {
	if gowork != "" && gowork != "off" {
		return filepath.Dir(gowork)
	}
	if gomod != "" && gomod != os.DevNull {
		return filepath.Dir(gomod)
	}
	for _, pkg := range pkgs {
		if pkg.Module != nil && pkg.Module.Dir != "" {
			return pkg.Module.Dir
		}
	}
	wd, _ := os.Getwd()
	return wd
}

// goEnv returns the go command's values of the named variables, in order,
// or nil if it cannot tell.
func goEnv(names ...string) []string {
	out, err := exec.Command("go", append([]string{"env"}, names...)...).Output()
	if err != nil {
		return nil
	}
	lines := strings.Split(strings.TrimRight(string(out), "\r\n"), "\n")
	if len(lines) != len(names) {
		return nil
	}
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	return lines
}

// showPos renders pos, file:line:col or file:line as in a package error,
// with the file as paths prints it.
func showPos(paths *output.Paths, pos string) string {
	file, rest := pos, ""
	for range 2 {
		i := strings.LastIndexByte(file, ':')
		if i < 0 || !isDigits(file[i+1:]) {
			break
		}
		file, rest = file[:i], file[i:]+rest
	}
	if rest == "" {
		return pos
	}
	return paths.Show(file) + rest
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// relPath shortens filename to a path relative to the working directory
// when the file is below it, as the go command prints paths.
func relPath(filename string) string {
	wd, err := os.Getwd()
	if err != nil {
		return filename
	}
	rel, err := filepath.Rel(wd, filename)
	if err != nil || strings.HasPrefix(rel, "..") {
		return filename
	}
	return rel
}
