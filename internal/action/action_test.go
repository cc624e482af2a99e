package action

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The end-to-end test runs action.yml's steps (runner_test.go) on scratch
// repositories with a pull request, against a fake GitHub API
// (fakegithub_test.go) and the real reviewdog, which the action's install
// step builds from the Go module proxy at the action's pinned version.
// It needs Go, git, bash and the module proxy (GOPROXY); Go's build cache
// keeps the builds of prodvet and reviewdog from one run to the next.

const (
	repoName = "acme/shop"
	prNumber = 7
	token    = "ghs_fake-token"
)

// The shop module: a base with a connection type, and a pull request that
// adds two hazards, one of which prodvet can fix. It imports only context
// and time, so that prodvet analyzes little besides it.
const (
	goMod = "module example.com/shop\n\ngo 1.26\n"

	storeBase = `// Package shop keeps the shop's items in a database.
package shop

import (
	"context"
	"time"
)

// Conn is a connection to the shop's database.
type Conn struct{ addr string }

// Ping checks that the database answers.
func (c *Conn) Ping() error { return nil }

// PingContext checks that the database answers before ctx is done.
func (c *Conn) PingContext(ctx context.Context) error { return ctx.Err() }

// Timeout is how long a caller waits for the database.
const Timeout = 5 * time.Second
`
	// storeHazards adds Ready (line 23: a ping that drops the context in
	// scope, fixable) and Wait (line 28: a retry loop with no bound, with
	// the retried call at line 29 as related place).
	storeHazards = storeBase + `
// Ready reports whether the database answers.
func Ready(ctx context.Context, c *Conn) error {
	return c.Ping()
}

// Wait blocks until the database answers.
func Wait(c *Conn) {
	for {
		if err := c.Ping(); err == nil {
			return
		}
		time.Sleep(time.Second)
	}
}
`
	// storeCount adds a function with no hazard.
	storeCount = `
// Addr returns the database's address.
func (c *Conn) Addr() string { return c.addr }
`
)

// A scratch repository with a pull request, as actions/checkout leaves it
// for a pull_request event: HEAD detached at the merge commit GitHub makes
// of the pull request's head and its base branch.
type scratch struct {
	dir               string // the repository's top, GITHUB_WORKSPACE
	base, head, merge string // commits
	diff              string // the pull request's diff, as GitHub serves it
}

// gitEnv makes git independent of the machine's configuration and its
// commits reproducible.
var gitEnv = []string{
	"GIT_CONFIG_GLOBAL=" + os.DevNull, "GIT_CONFIG_NOSYSTEM=1", "GIT_TERMINAL_PROMPT=0",
	"GIT_AUTHOR_NAME=dev", "GIT_AUTHOR_EMAIL=dev@example.com", "GIT_AUTHOR_DATE=2026-01-02T03:04:05Z",
	"GIT_COMMITTER_NAME=dev", "GIT_COMMITTER_EMAIL=dev@example.com", "GIT_COMMITTER_DATE=2026-01-02T03:04:05Z",
}

func runGit(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), gitEnv...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// newScratch makes the repository: base files committed on main, the
// pull request's files committed on a branch, and their merge checked out.
func newScratch(t *testing.T, base, change map[string]string) *scratch {
	t.Helper()
	sc := &scratch{dir: t.TempDir()}
	runGit(t, sc.dir, "init", "-q")
	runGit(t, sc.dir, "symbolic-ref", "HEAD", "refs/heads/main")
	writeFiles(t, sc.dir, base)
	runGit(t, sc.dir, "add", "-A")
	runGit(t, sc.dir, "commit", "-q", "-m", "base")
	sc.base = runGit(t, sc.dir, "rev-parse", "HEAD")
	runGit(t, sc.dir, "checkout", "-q", "-b", "feature")
	writeFiles(t, sc.dir, change)
	runGit(t, sc.dir, "add", "-A")
	runGit(t, sc.dir, "commit", "-q", "-m", "change")
	sc.head = runGit(t, sc.dir, "rev-parse", "HEAD")
	runGit(t, sc.dir, "checkout", "-q", "--detach", "main")
	runGit(t, sc.dir, "merge", "-q", "--no-ff", "--no-edit", "feature")
	sc.merge = runGit(t, sc.dir, "rev-parse", "HEAD")
	sc.diff = runGit(t, sc.dir, "diff", "--no-color", sc.base+"..."+sc.head) + "\n"
	return sc
}

// prEvent is the pull_request event's payload, with the fields reviewdog
// and the action read; headRepo is the repository the pull request comes
// from.
func (sc *scratch) prEvent(headRepo string) map[string]any {
	repo := func(full string) map[string]any {
		owner, name, _ := strings.Cut(full, "/")
		id := 1
		if owner != "acme" {
			id = 2
		}
		return map[string]any{"full_name": full, "name": name, "owner": map[string]any{"login": owner, "id": id}}
	}
	return map[string]any{
		"action": "synchronize",
		"number": prNumber,
		"pull_request": map[string]any{
			"number": prNumber,
			"head":   map[string]any{"sha": sc.head, "ref": "feature", "repo": repo(headRepo)},
			"base":   map[string]any{"sha": sc.base, "ref": "main", "repo": repo(repoName)},
		},
		"repository": repo(repoName),
	}
}

// env is the environment a runner gives the action's steps for a
// pull_request event, with the machine's PATH, Go and proxy settings.
func (sc *scratch) env(t *testing.T, eventName string, event map[string]any, api, runnerTemp string) []string {
	t.Helper()
	data, err := json.Marshal(event)
	if err != nil {
		t.Fatal(err)
	}
	eventPath := filepath.Join(t.TempDir(), "event.json")
	if err := os.WriteFile(eventPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "PATH", k == "HOME", k == "USER", k == "TMPDIR", k == "LANG", k == "LC_ALL",
			strings.HasPrefix(k, "GO"), strings.HasPrefix(k, "SSL_CERT_"),
			strings.EqualFold(k, "http_proxy"), strings.EqualFold(k, "https_proxy"), strings.EqualFold(k, "no_proxy"):
			env = append(env, kv)
		}
	}
	env = append(env, gitEnv[:3]...)
	// What every step of a run has.
	return append(env,
		"CI=true",
		"GITHUB_ACTIONS=true",
		"GITHUB_EVENT_NAME="+eventName,
		"GITHUB_EVENT_PATH="+eventPath,
		"GITHUB_REPOSITORY="+repoName,
		"GITHUB_REPOSITORY_OWNER=acme",
		"GITHUB_SHA="+sc.merge,
		"GITHUB_REF=refs/pull/7/merge",
		"GITHUB_HEAD_REF=feature",
		"GITHUB_BASE_REF=main",
		"GITHUB_WORKSPACE="+sc.dir,
		"GITHUB_API_URL="+api,
		"GITHUB_SERVER_URL=https://github.com",
		"RUNNER_TEMP="+runnerTemp,
		"RUNNER_OS=Linux",
	)
}

// bot is one repository's pull request with the action in its workflow.
type bot struct {
	t          *testing.T
	action     *actionMeta
	sc         *scratch
	gh         *fakeGitHub
	eventName  string
	event      map[string]any
	runnerTemp string
}

func newBot(t *testing.T, runnerTemp string, base, change map[string]string) *bot {
	sc := newScratch(t, base, change)
	return &bot{
		t: t, action: loadAction(t), sc: sc,
		gh:        newFakeGitHub(t, repoName, prNumber, sc.diff, token),
		eventName: "pull_request", event: sc.prEvent(repoName), runnerTemp: runnerTemp,
	}
}

// use runs the action with the given inputs, as a workflow step
// "uses: prodvet/prodvet@v0" with: would.
func (b *bot) use(with map[string]string) *actionResult {
	b.t.Helper()
	start := time.Now()
	res := runAction(b.t, b.action, workflowRun{
		with: with,
		env:  b.sc.env(b.t, b.eventName, b.event, b.gh.url(), b.runnerTemp),
		github: map[string]string{
			"action_path": repoRoot(b.t),
			"token":       token,
			"workspace":   b.sc.dir,
			"event_name":  b.eventName,
		},
		dir: b.sc.dir,
	})
	b.t.Logf("the action with %v took %v; its log:\n%s", with, time.Since(start).Round(time.Millisecond), res.log)
	return res
}

// push adds a commit with files to the pull request's branch, as a second
// push does: a new head, a new merge commit checked out, a new diff.
func (b *bot) push(files map[string]string) {
	b.t.Helper()
	sc := b.sc
	runGit(b.t, sc.dir, "checkout", "-q", "feature")
	writeFiles(b.t, sc.dir, files)
	runGit(b.t, sc.dir, "add", "-A")
	runGit(b.t, sc.dir, "commit", "-q", "-m", "fix")
	sc.head = runGit(b.t, sc.dir, "rev-parse", "HEAD")
	runGit(b.t, sc.dir, "checkout", "-q", "--detach", "main")
	runGit(b.t, sc.dir, "merge", "-q", "--no-ff", "--no-edit", "feature")
	sc.merge = runGit(b.t, sc.dir, "rev-parse", "HEAD")
	sc.diff = runGit(b.t, sc.dir, "diff", "--no-color", sc.base+"..."+sc.head) + "\n"
	b.gh.mu.Lock()
	b.gh.diff = sc.diff
	b.gh.mu.Unlock()
	b.event = sc.prEvent(repoName)
}

// runnerTempDir is the RUNNER_TEMP of all the test's uses of the action:
// the install step builds prodvet there each time and reviewdog once, as
// for several uses of the action in one job.
var runnerTempDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "prodvet-action-runner")
	if err != nil {
		panic(err)
	}
	runnerTempDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// sharedRunnerTemp returns runnerTempDir, or skips a test under -short.
func sharedRunnerTemp(t *testing.T) string {
	if testing.Short() {
		t.Skip("builds prodvet and reviewdog and runs them on scratch repositories")
	}
	return runnerTempDir
}

const reportedBy = "<sub>reported by [reviewdog](https://github.com/reviewdog/reviewdog) :dog:</sub><br>"

// wantReview is the review of the two hazards: a comment on each, on the
// repository's path of store.go, with the fix as a GitHub suggestion and
// the retried call linked at the pull request's head.
func wantReview(path, head string) []fakeComment {
	return []fakeComment{
		{
			Path: path, Line: 23, Side: "RIGHT",
			Body: "⚠️ **[prodvet]** <[ctxprop/no-ctx-variant](https://github.com/prodvet/prodvet/blob/main/docs/ctxprop.md#no-ctx-variant)> " + reportedBy +
				"c.Ping does not take the context in scope (it ignores deadline and cancellation); use c.PingContext\n" +
				"```suggestion\n" +
				"\treturn c.PingContext(ctx)\n" +
				"```\n" +
				"\n<!-- __reviewdog__:META -->\n",
		},
		{
			Path: path, Line: 28, Side: "RIGHT",
			Body: "⚠️ **[prodvet]** <[unboundedretry/unbounded](https://github.com/prodvet/prodvet/blob/main/docs/unboundedretry.md#unbounded)> " + reportedBy +
				"retry loop around c.Ping has no attempt limit, deadline or context check (retries forever); bound the attempts\n" +
				"<hr>\n\nthe retried call\n" +
				"https://github.com/acme/shop/blob/" + head + "/" + path + "#L29-L29\n" +
				"<!-- __reviewdog__:META -->\n",
		},
	}
}

// wantSummary is the job summary of the two hazards, then the extra lines.
func wantSummary(path, base string, extra ...string) string {
	return "## prodvet\n\n" +
		"2 findings on the lines pull request #7 changes (since its merge base with main at " + base[:7] + ").\n\n" +
		"| file | analyzer | message |\n| --- | --- | --- |\n" +
		"| `" + path + ":23:9` | ctxprop | c.Ping does not take the context in scope (it ignores deadline and cancellation); use c.PingContext |\n" +
		"| `" + path + ":28:2` | unboundedretry | retry loop around c.Ping has no attempt limit, deadline or context check (retries forever); bound the attempts |\n" +
		strings.Join(extra, "")
}

var metaRE = regexp.MustCompile(`<!-- __reviewdog__:([A-Za-z0-9+/=]+) -->`)

// checkComments compares the review comments GitHub would list with want,
// apart from their ids and reviewdog's meta comment, which must name
// prodvet and hold a fingerprint.
func checkComments(t *testing.T, got []fakeComment, want []fakeComment) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d review comments, want %d: %+v", len(got), len(want), got)
	}
	for i := range got {
		c := got[i]
		m := metaRE.FindStringSubmatch(c.Body)
		if m == nil {
			t.Errorf("comment %d has no reviewdog meta comment:\n%s", i, c.Body)
			continue
		}
		fp, tool := decodeMeta(t, m[1])
		if tool != "prodvet" || !regexp.MustCompile(`^[0-9a-f]{16}$`).MatchString(fp) {
			t.Errorf("comment %d: meta comment names tool %q, fingerprint %q", i, tool, fp)
		}
		c.Body = strings.Replace(c.Body, m[0], "<!-- __reviewdog__:META -->", 1)
		c.ID, c.CommitID = 0, ""
		if c != want[i] {
			t.Errorf("comment %d:\n got %+v\nwant %+v", i, c, want[i])
		}
	}
}

// decodeMeta decodes reviewdog's meta comment, a base64 protobuf message
// MetaComment{fingerprint = 1; source_name = 2} of two strings.
func decodeMeta(t *testing.T, b64 string) (fingerprint, tool string) {
	t.Helper()
	b, err := base64.StdEncoding.DecodeString(b64)
	if err != nil {
		t.Fatalf("meta comment: %v", err)
	}
	fields := map[byte]string{}
	for len(b) >= 2 && int(b[1]) <= len(b)-2 {
		fields[b[0]] = string(b[2 : 2+b[1]])
		b = b[2+b[1]:]
	}
	return fields[0x0a], fields[0x12]
}

// checkRun checks the exit status of the run step and whether the action
// failed.
func checkRun(t *testing.T, res *actionResult, code int) {
	t.Helper()
	if got, ok := res.codes["run"]; !ok || got != code || res.failed != (code != 0) {
		t.Errorf("run step exited %d (ran: %v), the action failed: %v; want exit %d", got, ok, res.failed, code)
	}
	if res.codes["install"] != 0 {
		t.Errorf("install step exited %d", res.codes["install"])
	}
}

func checkSummary(t *testing.T, res *actionResult, want string) {
	t.Helper()
	if res.summary != want {
		t.Errorf("job summary:\n%s\nwant:\n%s", res.summary, want)
	}
}

// TestReview is the bot on a pull request that adds two hazards: one
// review with a comment on each, the fixable one with a suggestion; a
// second run posts nothing new; fail-on decides the exit status; when a
// later push fixes the hazards, reviewdog removes its comments.
func TestReview(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeBase},
		map[string]string{"store.go": storeHazards})
	base, head := b.sc.base, b.sc.head

	res := b.use(nil) // mode review, fail-on new
	checkRun(t, res, 1)
	comments, reviews, _, _ := b.gh.state()
	checkComments(t, comments, wantReview("store.go", head))
	if len(reviews) != 1 || reviews[0].CommitID != head || reviews[0].Event != "COMMENT" || reviews[0].Body != "" {
		t.Errorf("reviews: %+v; want one, a COMMENT on %s with no body", reviews, head)
	}
	checkSummary(t, res, wantSummary("store.go", base,
		"\nPosted as a review of pull request #7 through reviewdog.\n",
		"\nThe step fails: fail-on is new, and the change adds findings.\n"))
	if res.outputs["findings"] != "2" || res.outputs["sarif-file"] != "" {
		t.Errorf("outputs %v; want findings 2 and no sarif-file", res.outputs)
	}
	for _, u := range res.used {
		if !strings.HasPrefix(u.uses, "actions/setup-go@") {
			t.Errorf("mode review used %s", u.uses)
		}
	}

	t.Run("second run", func(t *testing.T) {
		res := b.use(nil)
		checkRun(t, res, 1)
		comments, reviews, deleted, _ := b.gh.state()
		checkComments(t, comments, wantReview("store.go", head))
		if len(reviews) != 1 || len(deleted) != 0 {
			t.Errorf("the second run posted %d more reviews and deleted %v", len(reviews)-1, deleted)
		}
	})

	for _, tc := range []struct {
		failOn string
		code   int
		extra  []string
	}{
		{"never", 0, []string{"\nPosted as a review of pull request #7 through reviewdog.\n"}},
		{"any", 1, []string{
			"\nPosted as a review of pull request #7 through reviewdog.\n",
			"\n2 findings in the whole module.\n",
			"\nThe step fails: fail-on is any, and the module has findings.\n"}},
	} {
		t.Run("fail-on "+tc.failOn, func(t *testing.T) {
			res := b.use(map[string]string{"fail-on": tc.failOn})
			checkRun(t, res, tc.code)
			checkSummary(t, res, wantSummary("store.go", base, tc.extra...))
			if _, reviews, _, _ := b.gh.state(); len(reviews) != 1 {
				t.Errorf("%d reviews, want still 1", len(reviews))
			}
		})
	}

	t.Run("hazards fixed", func(t *testing.T) {
		fixed := strings.Replace(storeHazards, "c.Ping()\n}", "c.PingContext(ctx)\n}", 1)
		fixed = strings.Replace(fixed, "\tfor {",
			"\t//prodvet:ignore unboundedretry -- the orchestrator restarts the service after a minute\n\tfor {", 1)
		b.push(map[string]string{"store.go": fixed})
		res := b.use(nil)
		checkRun(t, res, 0)
		comments, reviews, deleted, _ := b.gh.state()
		if len(comments) != 0 || len(reviews) != 1 || len(deleted) != 2 {
			t.Errorf("after the fix: %d comments left, %d reviews, deleted %v; want the 2 comments deleted", len(comments), len(reviews), deleted)
		}
		checkSummary(t, res, "## prodvet\n\nNo findings on the lines pull request #7 changes (since its merge base with main at "+base[:7]+").\n")
	})

	if _, _, _, unexpected := b.gh.state(); len(unexpected) > 0 {
		t.Errorf("unexpected API requests: %v", unexpected)
	}
}

// TestNoNewFindings is a pull request that adds no hazard to a module that
// has two: nothing is posted, and only fail-on any fails.
func TestNoNewFindings(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeHazards},
		map[string]string{"store.go": storeHazards + storeCount})
	noFindings := "## prodvet\n\nNo findings on the lines pull request #7 changes (since its merge base with main at " + b.sc.base[:7] + ").\n"

	res := b.use(nil)
	checkRun(t, res, 0)
	checkSummary(t, res, noFindings)
	if res.outputs["findings"] != "0" {
		t.Errorf("output findings = %q, want 0", res.outputs["findings"])
	}
	res = b.use(map[string]string{"fail-on": "any"})
	checkRun(t, res, 1)
	checkSummary(t, res, noFindings+"\n2 findings in the whole module.\n"+
		"\nThe step fails: fail-on is any, and the module has findings.\n")
	res = b.use(map[string]string{"fail-on": "never", "mode": "annotations"})
	checkRun(t, res, 0)
	if strings.Contains(res.stdout, "::warning") {
		t.Errorf("annotations for lines the pull request does not change:\n%s", res.stdout)
	}

	comments, reviews, deleted, unexpected := b.gh.state()
	if len(comments)+len(reviews)+len(deleted)+len(unexpected) > 0 {
		t.Errorf("posted comments %v, reviews %v, deleted %v, unexpected %v; want nothing", comments, reviews, deleted, unexpected)
	}
	for _, r := range b.gh.seen() {
		if !strings.HasPrefix(r, "GET ") {
			t.Errorf("request %s; want only reads", r)
		}
	}
}

// TestSubdirectory is a repository whose module is in service/: comments,
// annotations, the summary and SARIF name service/store.go, the path in
// the repository, although prodvet prints paths relative to the module.
func TestSubdirectory(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"README.md": "# shop\n", "service/go.mod": goMod, "service/store.go": storeBase},
		map[string]string{"service/store.go": storeHazards})
	base, head := b.sc.base, b.sc.head
	const path = "service/store.go"

	t.Run("review", func(t *testing.T) {
		res := b.use(map[string]string{"working-directory": "service"})
		checkRun(t, res, 1)
		comments, _, _, _ := b.gh.state()
		checkComments(t, comments, wantReview(path, head))
		checkSummary(t, res, wantSummary(path, base,
			"\nPosted as a review of pull request #7 through reviewdog.\n",
			"\nThe step fails: fail-on is new, and the change adds findings.\n"))
	})

	t.Run("annotations", func(t *testing.T) {
		res := b.use(map[string]string{"working-directory": "service", "mode": "annotations"})
		checkRun(t, res, 1)
		want := "::warning file=service/store.go,line=23,col=9,endLine=23,endColumn=15,title=prodvet ctxprop (no-ctx-variant)::" +
			"c.Ping does not take the context in scope (it ignores deadline and cancellation); use c.PingContext\n" +
			"::warning file=service/store.go,line=28,col=2,endLine=28,endColumn=5,title=prodvet unboundedretry (unbounded)::" +
			"retry loop around c.Ping has no attempt limit, deadline or context check (retries forever); bound the attempts\n"
		if got := annotations(res.stdout); got != want {
			t.Errorf("annotations:\n%s\nwant:\n%s", got, want)
		}
		checkSummary(t, res, wantSummary(path, base,
			"\nWritten as annotations.\n",
			"\nThe step fails: fail-on is new, and the change adds findings.\n"))
	})

	t.Run("sarif", func(t *testing.T) {
		res := b.use(map[string]string{"working-directory": "service", "mode": "sarif", "fail-on": "never"})
		checkRun(t, res, 0)
		sarif := res.outputs["sarif-file"]
		if sarif == "" {
			t.Fatalf("no sarif-file output: %v", res.outputs)
		}
		var upload *usedAction
		for i, u := range res.used {
			if strings.HasPrefix(u.uses, "github/codeql-action/upload-sarif@") {
				upload = &res.used[i]
			}
		}
		if upload == nil || upload.with["sarif_file"] != sarif || upload.with["category"] != "prodvet/service" {
			t.Errorf("the SARIF upload step ran as %+v; want sarif_file %s, category prodvet/service", upload, sarif)
		}
		data, err := os.ReadFile(sarif)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Runs []struct {
				Results []struct {
					Locations []struct {
						PhysicalLocation struct {
							ArtifactLocation struct {
								URI       string `json:"uri"`
								URIBaseID string `json:"uriBaseId"`
							} `json:"artifactLocation"`
							Region struct {
								StartLine int `json:"startLine"`
							} `json:"region"`
						} `json:"physicalLocation"`
					} `json:"locations"`
				} `json:"results"`
			} `json:"runs"`
		}
		if err := json.Unmarshal(data, &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range doc.Runs[0].Results {
			loc := r.Locations[0].PhysicalLocation
			got = append(got, loc.ArtifactLocation.URIBaseID+" "+loc.ArtifactLocation.URI+":"+strconv.Itoa(loc.Region.StartLine))
		}
		if want := []string{"%SRCROOT% service/store.go:23", "%SRCROOT% service/store.go:28"}; strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("SARIF results at %v, want %v", got, want)
		}
		checkSummary(t, res, wantSummary(path, base,
			"\nThe SARIF uploaded to code scanning (category prodvet/service) holds every finding of the module: 2 findings.\n"))
	})
}

// TestFork is a pull request from a fork, whose token cannot post a review:
// the findings become annotations, and the API is not called.
func TestFork(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeBase},
		map[string]string{"store.go": storeHazards})
	b.event = b.sc.prEvent("someone/shop")
	res := b.use(nil)
	checkRun(t, res, 1)
	if n := strings.Count(annotations(res.stdout), "::warning file=store.go,"); n != 2 {
		t.Errorf("%d annotations on store.go, want 2:\n%s", n, res.stdout)
	}
	checkSummary(t, res, wantSummary("store.go", b.sc.base,
		"\nWritten as annotations: the token of a pull request from a fork cannot post a review.\n",
		"\nThe step fails: fail-on is new, and the change adds findings.\n"))
	if reqs := b.gh.seen(); len(reqs) != 0 {
		t.Errorf("API requests for a fork's pull request: %v", reqs)
	}
}

// annotations returns the workflow commands among a step's output lines.
func annotations(stdout string) string {
	var b strings.Builder
	for line := range strings.SplitAfterSeq(stdout, "\n") {
		if strings.HasPrefix(line, "::") {
			b.WriteString(line)
		}
	}
	return b.String()
}

// TestShallowCheckout is the checkout actions/checkout makes by default:
// only the merge commit, with no history. The step fetches the base commit
// and compares the merge commit with it, which gives the pull request's
// lines, as there is no merge base to find.
func TestShallowCheckout(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeBase},
		map[string]string{"store.go": storeHazards})
	sc := b.sc
	runGit(t, sc.dir, "update-ref", "refs/pull/7/merge", sc.merge)
	origin := t.TempDir()
	runGit(t, origin, "clone", "-q", "--mirror", sc.dir, ".")
	runGit(t, origin, "config", "uploadpack.allowAnySHA1InWant", "true")
	work := t.TempDir()
	runGit(t, work, "init", "-q")
	runGit(t, work, "remote", "add", "origin", "file://"+origin)
	runGit(t, work, "fetch", "-q", "--no-tags", "--depth=1", "origin", "+"+sc.merge+":refs/remotes/pull/7/merge")
	runGit(t, work, "checkout", "-q", "--detach", "refs/remotes/pull/7/merge")
	if runGit(t, work, "rev-parse", "--is-shallow-repository") != "true" {
		t.Fatal("the checkout is not shallow")
	}
	sc.dir = work

	res := b.use(nil)
	checkRun(t, res, 1)
	comments, _, _, unexpected := b.gh.state()
	checkComments(t, comments, wantReview("store.go", sc.head))
	want := strings.Replace(wantSummary("store.go", sc.base,
		"\nPosted as a review of pull request #7 through reviewdog.\n",
		"\nThe step fails: fail-on is new, and the change adds findings.\n"),
		"(since its merge base with main at", "(compared with main at", 1)
	checkSummary(t, res, want)
	if len(unexpected) > 0 {
		t.Errorf("unexpected API requests: %v", unexpected)
	}
}

// TestBrokenPackage is a pull request that does not compile: prodvet cannot
// analyze the package, and the step fails whatever fail-on says.
func TestBrokenPackage(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeBase},
		map[string]string{"broken.go": "package shop\n\nfunc broken() int { return \"x\" }\n"})
	res := b.use(map[string]string{"mode": "annotations", "fail-on": "never"})
	checkRun(t, res, 2)
	checkSummary(t, res, "## prodvet\n\n"+
		"No findings on the lines pull request #7 changes (since its merge base with main at "+b.sc.base[:7]+").\n"+
		"\nprodvet could not analyze everything:\n\n"+
		"- package example.com/shop not analyzed: broken.go:3:28: cannot use \"x\" (untyped string constant) as int value in return statement\n"+
		"\nThe step fails: prodvet could not analyze everything.\n")
}

// TestPush is a push to a branch: the changed lines are those since the
// commit the branch was at, and with no pull request to review the
// findings become annotations.
func TestPush(t *testing.T) {
	rt := sharedRunnerTemp(t)
	b := newBot(t, rt,
		map[string]string{"go.mod": goMod, "store.go": storeBase},
		map[string]string{"store.go": storeHazards})
	sc := b.sc
	runGit(t, sc.dir, "checkout", "-q", "--detach", sc.head)
	sc.merge = sc.head // GITHUB_SHA: the pushed commit
	b.eventName = "push"
	b.event = map[string]any{
		"ref": "refs/heads/feature", "before": sc.base, "after": sc.head,
		"repository": map[string]any{"full_name": repoName, "name": "shop", "owner": map[string]any{"login": "acme", "id": 1}},
	}
	res := b.use(nil)
	checkRun(t, res, 1)
	if n := strings.Count(annotations(res.stdout), "::warning file=store.go,"); n != 2 {
		t.Errorf("%d annotations on store.go, want 2:\n%s", n, res.stdout)
	}
	checkSummary(t, res, strings.Replace(wantSummary("store.go", sc.base,
		"\nWritten as annotations: there is no pull request to review.\n",
		"\nThe step fails: fail-on is new, and the change adds findings.\n"),
		"on the lines pull request #7 changes (since its merge base with main at", "on the lines this push changes (since", 1))
	if reqs := b.gh.seen(); len(reqs) != 0 {
		t.Errorf("API requests for a push: %v", reqs)
	}
}
