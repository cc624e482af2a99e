package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/bluekeyes/go-gitdiff/gitdiff"
)

// changedLines maps absolute file names to the lines a change added or
// modified; a nil set means the whole file is new.
type changedLines map[string]map[int]bool

// contains reports whether the finding's line is among the changed ones.
func (c changedLines) contains(filename string, line int) bool {
	lines, ok := c[realPath(filename)]
	return ok && (lines == nil || lines[line])
}

// linesChangedSince returns the lines that differ between rev and the
// working tree, as git diff shows them, plus every line of untracked files
// (they are new code too).
func linesChangedSince(rev string) (changedLines, error) {
	top, err := gitTopLevel()
	if err != nil {
		return nil, err
	}
	diff, err := git(top, "diff", "--no-ext-diff", "--no-color", "--no-renames", "-U0", rev, "--")
	if err != nil {
		return nil, err
	}
	changed, err := parseDiff(diff, top)
	if err != nil {
		return nil, err
	}
	untracked, err := git(top, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, err
	}
	for name := range strings.SplitSeq(string(untracked), "\x00") {
		if name != "" {
			changed[filepath.Join(top, filepath.FromSlash(name))] = nil
		}
	}
	return changed, nil
}

// linesChangedByPatch returns the lines a unified diff adds. Its paths are
// relative to the repository's top directory, or to the current directory
// outside a repository.
func linesChangedByPatch(file string) (changedLines, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	base, err := gitTopLevel()
	if err != nil {
		if base, err = os.Getwd(); err != nil {
			return nil, err
		}
	}
	changed, err := parseDiff(data, base)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return changed, nil
}

// parseDiff collects the added lines of each file a diff creates or
// modifies, keyed by absolute name below base.
func parseDiff(diff []byte, base string) (changedLines, error) {
	files, _, err := gitdiff.Parse(bytes.NewReader(diff))
	if err != nil {
		return nil, err
	}
	changed := make(changedLines)
	for _, f := range files {
		if f.IsDelete || f.IsBinary || f.NewName == "" {
			continue
		}
		lines := make(map[int]bool)
		for _, frag := range f.TextFragments {
			n := int(frag.NewPosition)
			for _, l := range frag.Lines {
				switch l.Op {
				case gitdiff.OpAdd:
					lines[n] = true
					n++
				case gitdiff.OpContext:
					n++
				}
			}
		}
		changed[filepath.Join(base, filepath.FromSlash(f.NewName))] = lines
	}
	return changed, nil
}

func gitTopLevel() (string, error) {
	out, err := git("", "rev-parse", "--show-toplevel")
	if err != nil {
		return "", err
	}
	return realPath(strings.TrimSpace(string(out))), nil
}

// git runs git in dir and returns its standard output; its error names
// the command and carries git's own message.
func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("git %s: %s", strings.Join(args, " "), firstLine(msg))
	}
	return out, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// realPath resolves symbolic links so that names from git and from the
// package loader compare equal.
func realPath(name string) string {
	if p, err := filepath.EvalSymlinks(name); err == nil {
		return p
	}
	return name
}
