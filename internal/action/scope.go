package action

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// event holds what the step reads of the workflow's event payload
// ($GITHUB_EVENT_PATH).
type event struct {
	name        string // $GITHUB_EVENT_NAME
	PullRequest *struct {
		Number int `json:"number"`
		Base   struct {
			Ref  string   `json:"ref"`
			SHA  string   `json:"sha"`
			Repo repoInfo `json:"repo"`
		} `json:"base"`
		Head struct {
			SHA  string   `json:"sha"`
			Repo repoInfo `json:"repo"`
		} `json:"head"`
	} `json:"pull_request"`
	Repository repoInfo `json:"repository"`
	Before     string   `json:"before"` // push: the commit the branch was at
}

type repoInfo struct {
	FullName string `json:"full_name"`
}

// readEvent reads the event payload; a run outside Actions has none.
func readEvent(getenv func(string) string) (*event, error) {
	ev := &event{name: getenv("GITHUB_EVENT_NAME")}
	path := getenv("GITHUB_EVENT_PATH")
	if path == "" {
		return ev, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, ev); err != nil {
		return nil, fmt.Errorf("event payload %s: %v", path, err)
	}
	return ev, nil
}

// isPullRequest reports whether the event is about a pull request the step
// can review.
func (ev *event) isPullRequest() bool {
	return ev.PullRequest != nil && ev.PullRequest.Number > 0 &&
		(ev.name == "pull_request" || ev.name == "pull_request_target")
}

// fromFork reports whether the pull request comes from another repository
// and runs on the pull_request event, whose token is then read-only: it
// cannot post a review. (reviewdog v0.21.0 would fall back to annotations
// on the 403, but its fallback drops the comments.)
func (ev *event) fromFork() bool {
	head := ev.PullRequest.Head.Repo.FullName
	return ev.name == "pull_request" && head != "" && head != ev.Repository.FullName
}

// A scope is the change whose lines prodvet reports on.
type scope struct {
	flags []string // prodvet's -new-from-* flags; nil when args set them
	what  string   // "the lines pull request #3 changes (since ...)", for the summary
}

// findScope decides which change the findings must be on: the one args
// name with a -new-from flag; else a pull request's changes since its merge
// base with the base branch; else a push's changes since the commit the
// branch was at. Any other event has no change to compare with (nil).
func findScope(ev *event, top string, args []string, log io.Writer) (*scope, error) {
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && strings.HasPrefix(name, "new-from-") {
			return &scope{what: "the lines changed as args select (" + strings.Join(args, " ") + ")"}, nil
		}
	}
	switch {
	case ev.isPullRequest() && ev.PullRequest.Base.SHA != "":
		pr := ev.PullRequest
		base := pr.Base.SHA
		if !haveCommit(top, base, log) {
			return nil, fmt.Errorf("the base commit %s of pull request #%d is not in the checkout, and git fetch could not get it", short(base), pr.Number)
		}
		if _, err := git(top, "merge-base", "HEAD", base); err == nil {
			return &scope{
				flags: []string{"-new-from-merge-base", base},
				what:  fmt.Sprintf("the lines pull request #%d changes (since its merge base with %s at %s)", pr.Number, pr.Base.Ref, short(base)),
			}, nil
		}
		// A shallow checkout of the merge commit GitHub makes for the
		// pull request has no history to find a merge base in; the
		// merge commit differs from the base by the pull request's
		// changes.
		return &scope{
			flags: []string{"-new-from-rev", base},
			what:  fmt.Sprintf("the lines pull request #%d changes (compared with %s at %s)", pr.Number, pr.Base.Ref, short(base)),
		}, nil
	case ev.name == "push" && ev.Before != "" && strings.Trim(ev.Before, "0") != "":
		if !haveCommit(top, ev.Before, log) {
			fmt.Fprintf(log, "prodvet-action: the commit before the push, %s, is not in the checkout; every finding counts as new\n", short(ev.Before))
			return nil, nil
		}
		return &scope{
			flags: []string{"-new-from-rev", ev.Before},
			what:  fmt.Sprintf("the lines this push changes (since %s)", short(ev.Before)),
		}, nil
	}
	return nil, nil
}

// haveCommit reports whether the repository has the commit, fetching it
// from origin when a shallow checkout lacks it.
func haveCommit(top, sha string, log io.Writer) bool {
	if _, err := git(top, "cat-file", "-e", sha+"^{commit}"); err == nil {
		return true
	}
	fmt.Fprintf(log, "git fetch --no-tags --depth=1 origin %s\n", sha)
	if _, err := git(top, "fetch", "--no-tags", "--depth=1", "origin", sha); err != nil {
		fmt.Fprintf(log, "prodvet-action: %v\n", err)
		return false
	}
	_, err := git(top, "cat-file", "-e", sha+"^{commit}")
	return err == nil
}

// short abbreviates a commit hash as GitHub shows it.
func short(sha string) string {
	if len(sha) > 7 {
		return sha[:7]
	}
	return sha
}
