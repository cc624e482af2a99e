package action

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// fakeGitHub serves the part of GitHub's REST API that reviewdog v0.21.0's
// github-pr-review reporter calls (service/github/github.go and diff.go in
// its module), under /api/v3 as GitHub Enterprise Server does, for one
// repository and one pull request:
//
//	GET    /repos/{owner}/{repo}/pulls/{n}            the diff (Accept: application/vnd.github.v3.diff)
//	GET    /repos/{owner}/{repo}/pulls/{n}/comments   the review comments posted so far
//	GET    /repos/{owner}/{repo}                      html_url, for links to code
//	POST   /repos/{owner}/{repo}/pulls/{n}/reviews    a review with its comments
//	POST   /repos/{owner}/{repo}/pulls/{n}/comments   a comment on a whole file
//	DELETE /repos/{owner}/{repo}/pulls/comments/{id}  a comment whose finding is gone
//
// Comments posted in reviews are listed afterwards, as on GitHub, so a
// second run sees them. Any other request is recorded as unexpected and
// answered 404.
type fakeGitHub struct {
	t      *testing.T
	srv    *httptest.Server
	repo   string // owner/name
	pr     int
	diff   string
	token  string
	mu     sync.Mutex
	nextID int64
	// What happened, for the test to check.
	comments   []*fakeComment // as GitHub lists them now
	reviews    []fakeReview
	deleted    []int64
	requests   []string // METHOD path, in order
	unexpected []string
}

// fakeComment is a pull request review comment, with the fields GitHub
// returns that reviewdog reads.
type fakeComment struct {
	ID          int64  `json:"id"`
	Path        string `json:"path"`
	Line        int    `json:"line,omitempty"`
	StartLine   int    `json:"start_line,omitempty"`
	Side        string `json:"side,omitempty"`
	StartSide   string `json:"start_side,omitempty"`
	Body        string `json:"body"`
	CommitID    string `json:"commit_id,omitempty"`
	SubjectType string `json:"subject_type,omitempty"`
	InReplyTo   int64  `json:"in_reply_to_id,omitempty"`
}

// fakeReview is a review as reviewdog requested it.
type fakeReview struct {
	CommitID string         `json:"commit_id"`
	Body     string         `json:"body"`
	Event    string         `json:"event"`
	Comments []*fakeComment `json:"comments"`
}

const apiPrefix = "/api/v3"

func newFakeGitHub(t *testing.T, repo string, pr int, diff, token string) *fakeGitHub {
	f := &fakeGitHub{t: t, repo: repo, pr: pr, diff: diff, token: token, nextID: 1000}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

// url is the API's base URL, GITHUB_API_URL.
func (f *fakeGitHub) url() string { return f.srv.URL + apiPrefix }

var (
	rePull         = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)$`)
	rePullComments = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/comments$`)
	rePullReviews  = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/(\d+)/reviews$`)
	reRepo         = regexp.MustCompile(`^/repos/([^/]+/[^/]+)$`)
	reComment      = regexp.MustCompile(`^/repos/([^/]+/[^/]+)/pulls/comments/(\d+)$`)
)

func (f *fakeGitHub) serve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	req := r.Method + " " + r.URL.Path
	f.requests = append(f.requests, req)
	fail := func(code int, why string) {
		f.unexpected = append(f.unexpected, req+": "+why)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(code)
		fmt.Fprintf(w, `{"message":%q}`, why)
	}
	if got := r.Header.Get("Authorization"); got != "Bearer "+f.token {
		fail(http.StatusUnauthorized, "Authorization is "+got)
		return
	}
	path, ok := strings.CutPrefix(r.URL.Path, apiPrefix)
	if !ok {
		fail(http.StatusNotFound, "not under "+apiPrefix)
		return
	}
	// ours reports whether a matched path is this repository's pull request.
	ours := func(m []string) bool {
		return m != nil && m[1] == f.repo && (len(m) < 3 || m[2] == strconv.Itoa(f.pr))
	}
	switch {
	case r.Method == http.MethodGet && ours(rePull.FindStringSubmatch(path)):
		if !strings.Contains(r.Header.Get("Accept"), "diff") {
			fail(http.StatusNotAcceptable, "only the diff of the pull request is served")
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, f.diff)
	case r.Method == http.MethodGet && ours(rePullComments.FindStringSubmatch(path)):
		if r.URL.Query().Get("per_page") != "100" {
			fail(http.StatusBadRequest, "per_page is not 100")
			return
		}
		f.writeJSON(w, http.StatusOK, f.comments)
	case r.Method == http.MethodGet && ours(reRepo.FindStringSubmatch(path)):
		f.writeJSON(w, http.StatusOK, map[string]any{"full_name": f.repo, "html_url": "https://github.com/" + f.repo})
	case r.Method == http.MethodPost && ours(rePullReviews.FindStringSubmatch(path)):
		var rev fakeReview
		if err := json.NewDecoder(r.Body).Decode(&rev); err != nil {
			fail(http.StatusUnprocessableEntity, err.Error())
			return
		}
		f.reviews = append(f.reviews, rev)
		for _, c := range rev.Comments {
			posted := *c
			f.nextID++
			posted.ID, posted.CommitID = f.nextID, rev.CommitID
			f.comments = append(f.comments, &posted)
		}
		f.writeJSON(w, http.StatusOK, map[string]any{"id": len(f.reviews), "state": "COMMENTED", "commit_id": rev.CommitID})
	case r.Method == http.MethodPost && ours(rePullComments.FindStringSubmatch(path)):
		var c fakeComment
		if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
			fail(http.StatusUnprocessableEntity, err.Error())
			return
		}
		f.nextID++
		c.ID = f.nextID
		f.comments = append(f.comments, &c)
		f.writeJSON(w, http.StatusCreated, c)
	case r.Method == http.MethodDelete && reComment.MatchString(path):
		m := reComment.FindStringSubmatch(path)
		if m[1] != f.repo {
			fail(http.StatusNotFound, "another repository")
			return
		}
		id, _ := strconv.ParseInt(m[2], 10, 64)
		for i, c := range f.comments {
			if c.ID == id {
				f.comments = append(f.comments[:i], f.comments[i+1:]...)
				f.deleted = append(f.deleted, id)
				w.WriteHeader(http.StatusNoContent)
				return
			}
		}
		fail(http.StatusNotFound, "no such comment")
	default:
		fail(http.StatusNotFound, "not served by the fake")
	}
}

func (f *fakeGitHub) writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		f.t.Errorf("fake GitHub: %v", err)
	}
}

// state returns copies of what the fake has seen.
func (f *fakeGitHub) state() (comments []fakeComment, reviews []fakeReview, deleted []int64, unexpected []string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, c := range f.comments {
		comments = append(comments, *c)
	}
	return comments, append([]fakeReview(nil), f.reviews...), append([]int64(nil), f.deleted...), append([]string(nil), f.unexpected...)
}

// seen returns the requests the fake has served, in order.
func (f *fakeGitHub) seen() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.requests...)
}
