// Package action is the run step of prodvet's GitHub Action (action.yml at
// the repository's root), built as the command prodvet-action by the
// action's install step (action/install.sh).
//
// The step runs prodvet on the Go module in the action's working-directory
// and reports the findings on the lines the change touches: as a pull
// request review through reviewdog, with suggested fixes as suggestions
// (mode review), as workflow annotations (mode annotations), or as SARIF
// for code scanning (mode sarif, which holds every finding). It writes a
// job summary, sets the step's outputs and decides its exit status from
// fail-on.
//
// prodvet prints paths relative to the module's root (or the go.work
// workspace's), while GitHub places comments, annotations and SARIF
// results by paths relative to the repository's root. The step closes the
// gap: reviewdog runs in the module's root, where it prefixes paths with the
// module's directory in the repository itself, and the step rewrites the
// paths of annotations, SARIF and the summary.
//
// Inputs come from the environment, as action.yml passes them: INPUT_MODE,
// INPUT_FAIL_ON, INPUT_WORKING_DIRECTORY, INPUT_ARGS, INPUT_CONFIG, and the
// variables every Actions step has (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH,
// GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP). prodvet and reviewdog
// are taken from the directory of the running executable, where the install
// step put all three.
package action

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
)

// Modes and fail-on values, in the order the docs list them.
var (
	modes   = []string{"review", "annotations", "sarif"}
	failOns = []string{"new", "any", "never"}
)

// inputs are the action's inputs the step uses.
type inputs struct {
	workDir string
	args    []string
	config  string
	mode    string
	failOn  string
}

func readInputs(getenv func(string) string) (inputs, error) {
	in := inputs{
		workDir: getenv("INPUT_WORKING_DIRECTORY"),
		args:    strings.Fields(getenv("INPUT_ARGS")),
		config:  getenv("INPUT_CONFIG"),
		mode:    strings.TrimSpace(getenv("INPUT_MODE")),
		failOn:  strings.TrimSpace(getenv("INPUT_FAIL_ON")),
	}
	if in.workDir == "" {
		in.workDir = "."
	}
	if in.mode == "" {
		in.mode = "review"
	}
	if in.failOn == "" {
		in.failOn = "new"
	}
	if !slices.Contains(modes, in.mode) {
		return in, fmt.Errorf("mode %q is not one of %s", in.mode, strings.Join(modes, ", "))
	}
	if !slices.Contains(failOns, in.failOn) {
		return in, fmt.Errorf("fail-on %q is not one of %s", in.failOn, strings.Join(failOns, ", "))
	}
	return in, nil
}

// Main runs the step and returns its exit status: 0, 1 when fail-on says
// the findings fail it, 2 when prodvet or the step could not do its job.
func Main() int {
	code, err := run(os.Getenv, os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintf(os.Stderr, "prodvet-action: %v\n", err)
		return 2
	}
	return code
}

// A step is one run of the action's run step.
type step struct {
	in        inputs
	getenv    func(string) string
	stdout    io.Writer
	stderr    io.Writer
	bin       string // directory of prodvet and reviewdog
	tmp       string // this run's files
	root      string // the directory prodvet prints paths relative to
	prefix    string // root's path in the repository, "" or ending in "/"
	event     *event
	scope     *scope // nil: no change to compare with
	newRep    *report
	allRep    *report // nil unless fail-on any or mode sarif needs every finding
	errs      bool    // prodvet could not analyze everything
	reportErr error   // the findings could not be reported
	sarif     string  // the SARIF file to upload, "" if none
	sarifID   string  // its code scanning category
	how       string  // how the findings were reported, for the summary
}

func run(getenv func(string) string, stdout, stderr io.Writer) (int, error) {
	in, err := readInputs(getenv)
	if err != nil {
		return 0, err
	}
	s := &step{in: in, getenv: getenv, stdout: stdout, stderr: stderr}
	exe, err := os.Executable()
	if err != nil {
		return 0, err
	}
	s.bin = filepath.Dir(exe)
	if err := os.Chdir(in.workDir); err != nil {
		return 0, fmt.Errorf("working-directory: %v", err)
	}
	if s.root, err = moduleRoot(in.workDir); err != nil {
		return 0, err
	}
	top, prefix, err := repoPlace(s.root)
	if err != nil {
		return 0, err
	}
	s.prefix = prefix
	if s.event, err = readEvent(getenv); err != nil {
		return 0, err
	}
	if s.scope, err = findScope(s.event, top, in.args, stderr); err != nil {
		return 0, err
	}
	tmpBase := getenv("RUNNER_TEMP")
	if tmpBase == "" {
		tmpBase = os.TempDir()
	}
	if s.tmp, err = os.MkdirTemp(tmpBase, "prodvet-action-"); err != nil {
		return 0, err
	}
	if err := s.analyze(); err != nil {
		return 0, err
	}
	if err := s.report(); err != nil {
		// Say so in the summary too, with the findings that could not
		// be reported.
		fmt.Fprintf(stderr, "prodvet-action: %v\n", err)
		s.reportErr = err
	}
	code := s.exitCode()
	if err := s.writeSummary(code); err != nil {
		return 0, err
	}
	if err := s.writeOutputs(); err != nil {
		return 0, err
	}
	return code, nil
}

// moduleRoot returns the directory prodvet prints paths relative to, as
// prodvet decides it: the go.work workspace's directory, else the main
// module's. dir is the working directory's name, for the error.
func moduleRoot(dir string) (string, error) {
	out, err := exec.Command("go", "env", "GOWORK", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOWORK GOMOD: %v", commandError(err))
	}
	lines := strings.Split(strings.TrimRight(string(out), "\r\n"), "\n")
	if len(lines) != 2 {
		return "", fmt.Errorf("go env GOWORK GOMOD printed %q", out)
	}
	gowork, gomod := strings.TrimSpace(lines[0]), strings.TrimSpace(lines[1])
	switch {
	case gowork != "" && gowork != "off":
		return filepath.Dir(gowork), nil
	case gomod != "" && gomod != os.DevNull:
		return filepath.Dir(gomod), nil
	}
	return "", fmt.Errorf("working-directory %s holds no Go module; set it to the module's directory", dir)
}

// repoPlace returns the top of the git repository holding dir and dir's
// path in it, with a trailing slash ("" at the top).
func repoPlace(dir string) (top, prefix string, err error) {
	out, err := git(dir, "rev-parse", "--show-toplevel", "--show-prefix")
	if err != nil {
		return "", "", fmt.Errorf("%s is not in a git repository: %v", dir, err)
	}
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	top = lines[0]
	if len(lines) > 1 {
		prefix = lines[1]
	}
	return top, prefix, nil
}

// git runs git in dir and returns its standard output.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	return string(out), commandError(err)
}

// commandError adds a failed command's standard error to its error.
func commandError(err error) error {
	var ee *exec.ExitError
	if errors.As(err, &ee) && len(ee.Stderr) > 0 {
		return fmt.Errorf("%v: %s", err, strings.TrimSpace(string(ee.Stderr)))
	}
	return err
}

// tool returns the path of an installed executable beside this one.
func (s *step) tool(name string) string {
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	return filepath.Join(s.bin, name)
}

// analyze runs prodvet: on the changed lines when there is a change, and
// on everything when fail-on any or mode sarif needs every finding, or when
// there is no change to compare with.
func (s *step) analyze() error {
	base := []string{}
	if s.in.config != "" {
		base = append(base, "-config", s.in.config)
	}
	base = append(base, s.in.args...)
	if s.scope != nil {
		args := append(slices.Clone(base), s.scope.flags...)
		args = append(args, "-out", "json="+s.file("new.json"), "-out", "rdjsonl="+s.file("new.rdjsonl"), "./...")
		rep, err := s.prodvet(args, s.stdout)
		if err != nil {
			return err
		}
		s.newRep = rep
	}
	if s.scope == nil || s.in.failOn == "any" || s.in.mode == "sarif" {
		args := append(withoutNewFrom(base), "-out", "json="+s.file("all.json"))
		if s.in.mode == "sarif" {
			args = append(args, "-out", "sarif="+s.file("prodvet.sarif"))
		}
		args = append(args, "./...")
		// The findings on changed lines went to the log already; a
		// second list of every finding would bury them.
		log := s.stdout
		if s.newRep != nil {
			log = io.Discard
		}
		rep, err := s.prodvet(args, log)
		if err != nil {
			return err
		}
		s.allRep = rep
		if s.scope == nil {
			s.newRep = rep
		}
	}
	return nil
}

// withoutNewFrom returns args without prodvet's -new-from flags and their
// values, for the run that must see every finding.
func withoutNewFrom(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		name, _, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if !strings.HasPrefix(args[i], "-") || !strings.HasPrefix(name, "new-from-") {
			out = append(out, args[i])
			continue
		}
		if !hasValue && name != "new-from-patch-empty" {
			i++ // the flag's value
		}
	}
	return out
}

// file returns the path of one of this run's files.
func (s *step) file(name string) string { return filepath.Join(s.tmp, name) }

// prodvet runs prodvet with args and reads the JSON report it wrote. Exit
// status 2 means it could not analyze everything: the report then holds
// what it could do and its errors.
func (s *step) prodvet(args []string, stdout io.Writer) (*report, error) {
	fmt.Fprintf(s.stderr, "prodvet %s\n", strings.Join(args, " "))
	cmd := exec.Command(s.tool("prodvet"), args...)
	cmd.Stdout, cmd.Stderr = stdout, s.stderr
	err := cmd.Run()
	var jsonFile string
	for i, a := range args {
		if a == "-out" && strings.HasPrefix(args[i+1], "json=") {
			jsonFile = strings.TrimPrefix(args[i+1], "json=")
		}
	}
	code := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return nil, fmt.Errorf("running prodvet: %v", err)
		}
		code = ee.ExitCode()
	}
	rep, rerr := readReport(jsonFile, s.prefix)
	if rerr != nil {
		// A bad flag or configuration stops prodvet before it writes
		// anything; it said why on standard error.
		return nil, fmt.Errorf("prodvet exited with status %d and wrote no report", code)
	}
	if (code != 0 && code != 1) || len(rep.Errors) > 0 {
		s.errs = true
	}
	return rep, nil
}

// report delivers the findings on the changed lines as the mode says.
func (s *step) report() error {
	findings := s.newRep.Findings
	switch s.in.mode {
	case "review":
		switch {
		case !s.event.isPullRequest():
			s.how = "Written as annotations: there is no pull request to review."
			return s.annotate(findings)
		case s.event.fromFork():
			s.how = "Written as annotations: the token of a pull request from a fork cannot post a review."
			return s.annotate(findings)
		}
		if err := s.review(); err != nil {
			return err
		}
		s.how = fmt.Sprintf("Posted as a review of pull request #%d through reviewdog.", s.event.PullRequest.Number)
	case "annotations":
		s.how = "Written as annotations."
		return s.annotate(findings)
	case "sarif":
		if s.errs {
			s.how = "No SARIF is uploaded: prodvet could not analyze everything, and a partial upload would close the alerts of what it missed."
			return nil
		}
		s.sarif = s.file("prodvet.sarif")
		s.sarifID = sarifCategory(s.prefix)
		if err := rewriteSARIF(s.sarif, s.prefix); err != nil {
			return err
		}
		s.how = fmt.Sprintf("The SARIF uploaded to code scanning (category %s) holds every finding of the module: %s.", s.sarifID, count(len(s.allRep.Findings)))
	}
	return nil
}

// review posts the findings on the changed lines as a pull request review
// with reviewdog, which skips comments it posted before and deletes those
// whose finding is gone. It runs in the root prodvet printed paths relative
// to; reviewdog prefixes them with that directory's path in the repository.
func (s *step) review() error {
	in, err := os.Open(s.file("new.rdjsonl"))
	if err != nil {
		return err
	}
	defer in.Close()
	args := []string{"-f=rdjsonl", "-name=prodvet", "-reporter=github-pr-review", "-filter-mode=added", "-fail-level=none"}
	fmt.Fprintf(s.stderr, "reviewdog %s < new.rdjsonl (in %s)\n", strings.Join(args, " "), s.root)
	cmd := exec.Command(s.tool("reviewdog"), args...)
	cmd.Dir = s.root
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, s.stdout, s.stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("reviewdog: %v", err)
	}
	return nil
}

// annotate prints the findings as workflow commands, which GitHub turns
// into annotations.
func (s *step) annotate(findings []finding) error {
	return writeAnnotations(s.stdout, findings)
}

// exitCode decides the step's exit status.
func (s *step) exitCode() int {
	switch {
	case s.errs, s.reportErr != nil:
		return 2
	case s.in.failOn == "new" && len(s.newRep.Findings) > 0,
		s.in.failOn == "any" && len(s.allRep.Findings) > 0:
		return 1
	}
	return 0
}

// writeOutputs sets the step's outputs.
func (s *step) writeOutputs() error {
	name := s.getenv("GITHUB_OUTPUT")
	if name == "" {
		return nil
	}
	f, err := os.OpenFile(name, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	fmt.Fprintf(f, "findings=%s\n", strconv.Itoa(len(s.newRep.Findings)))
	if s.sarif != "" {
		fmt.Fprintf(f, "sarif-file=%s\nsarif-category=%s\n", s.sarif, s.sarifID)
	}
	return f.Close()
}
