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
	top, commit, err := topAndCommit(rev)
	if err != nil {
		return nil, err
	}
	return linesChangedSinceCommit(top, commit)
}

// topAndCommit returns the repository's top directory and the commit rev
// names there.
func topAndCommit(rev string) (top, commit string, err error) {
	if top, err = gitTopLevel(); err != nil {
		return "", "", err
	}
	commit, err = resolveCommit(top, rev)
	return top, commit, err
}

// linesChangedSinceMergeBase returns the lines changed since the merge
// base of HEAD and rev, as golangci-lint's --new-from-merge-base: what a
// branch changed, whatever rev did after the branch left it.
func linesChangedSinceMergeBase(rev string) (changedLines, error) {
	top, commit, err := topAndCommit(rev)
	if err != nil {
		return nil, err
	}
	base, err := git(top, "merge-base", commit, "HEAD")
	if err != nil {
		return nil, fmt.Errorf("no merge base of HEAD and %s: %v", rev, err)
	}
	return linesChangedSinceCommit(top, strings.TrimSpace(string(base)))
}

// resolveCommit resolves rev to a commit's full hash. The value is never
// passed to git as an option (-new-from-rev --output=x would make git diff
// write a file), and a revision that names no commit is an error.
func resolveCommit(top, rev string) (string, error) {
	if rev == "" || strings.HasPrefix(rev, "-") {
		return "", fmt.Errorf("%q is not a git revision", rev)
	}
	out, err := git(top, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return "", fmt.Errorf("%q names no commit in %s", rev, top)
	}
	return strings.TrimSpace(string(out)), nil
}

// linesChangedSinceCommit is linesChangedSince for a resolved commit hash.
func linesChangedSinceCommit(top, commit string) (changedLines, error) {
	diff, err := git(top, "diff", "--no-ext-diff", "--no-color", "--no-renames", "-U0", commit, "--")
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
// outside a repository. A file that holds no file diffs is an error, lest a
// wrong file pass every finding: only an empty one is accepted, and only
// when emptyOK says the user expects it.
func linesChangedByPatch(file string, emptyOK bool) (changedLines, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if emptyOK {
			return changedLines{}, nil
		}
		return nil, fmt.Errorf("%s is empty; pass -new-from-patch-empty if no change is expected", file)
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
	if len(changed) == 0 && !hasFileDiff(data) {
		return nil, fmt.Errorf("%s is not a unified diff: it holds no file diffs", file)
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

// hasFileDiff reports whether diff holds at least one file diff, even one
// that adds no lines (a deletion, a binary file).
func hasFileDiff(diff []byte) bool {
	files, _, err := gitdiff.Parse(bytes.NewReader(diff))
	return err == nil && len(files) > 0
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
