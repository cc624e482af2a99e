package action

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// This file runs action.yml the way the Actions runner runs a composite
// action, for the end-to-end test: each step in order, its if: evaluated,
// its env: with ${{ }} expressions filled in from the inputs (defaults
// from action.yml, overridden by the workflow's with:), the github context
// and earlier steps' outputs, each run: step's script through
// bash --noprofile --norc -eo pipefail as for shell: bash, with
// GITHUB_ACTION_PATH, a GITHUB_OUTPUT and a GITHUB_STEP_SUMMARY file of its
// own. Steps that use another action (actions/setup-go, the SARIF upload)
// cannot run here: they are recorded with their evaluated with: so that a
// test can check what they would have been given.

// actionMeta is action.yml.
type actionMeta struct {
	Name        string                `yaml:"name"`
	Description string                `yaml:"description"`
	Author      string                `yaml:"author"`
	Branding    map[string]string     `yaml:"branding"`
	Inputs      map[string]inputMeta  `yaml:"inputs"`
	Outputs     map[string]outputMeta `yaml:"outputs"`
	Runs        struct {
		Using string     `yaml:"using"`
		Steps []stepMeta `yaml:"steps"`
	} `yaml:"runs"`
}

type inputMeta struct {
	Description string  `yaml:"description"`
	Required    *bool   `yaml:"required"`
	Default     *string `yaml:"default"`
}

type outputMeta struct {
	Description string `yaml:"description"`
	Value       string `yaml:"value"`
}

type stepMeta struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Run              string            `yaml:"run"`
	Shell            string            `yaml:"shell"`
	Env              map[string]string `yaml:"env"`
	WorkingDirectory string            `yaml:"working-directory"`
}

// repoRoot is prodvet's repository: the action's own checkout,
// GITHUB_ACTION_PATH.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func loadAction(t testing.TB) *actionMeta {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionMeta
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return &a
}

// A workflowRun is one use of the action in a job.
type workflowRun struct {
	with   map[string]string // the workflow's with: for the action
	env    []string          // the job's environment: GITHUB_*, RUNNER_TEMP, PATH...
	github map[string]string // the github context
	dir    string            // GITHUB_WORKSPACE
}

// A usedAction is a step that uses another action, as it would have run.
type usedAction struct {
	uses string
	with map[string]string
}

// An actionResult is what one use of the action did.
type actionResult struct {
	failed  bool           // a step failed
	codes   map[string]int // exit status of each run: step that ran, by id
	used    []usedAction   // uses: steps whose if: held
	stdout  string         // the run: steps' standard output (workflow commands)
	log     string         // their standard output and error
	summary string         // the job summary the steps wrote
	outputs map[string]string
}

// runAction runs action.yml's steps for one use of the action.
func runAction(t *testing.T, a *actionMeta, w workflowRun) *actionResult {
	t.Helper()
	ctx := &exprContext{inputs: map[string]string{}, github: w.github, steps: map[string]map[string]string{}, declared: map[string]bool{}}
	for name, in := range a.Inputs {
		if in.Default != nil {
			v, err := ctx.interpolate(*in.Default)
			if err != nil {
				t.Fatalf("default of input %s: %v", name, err)
			}
			ctx.inputs[name] = v
		} else {
			ctx.inputs[name] = ""
		}
	}
	for name, v := range w.with {
		if _, ok := a.Inputs[name]; !ok {
			t.Fatalf("with: %s is not an input of the action", name)
		}
		ctx.inputs[name] = v
	}
	res := &actionResult{codes: map[string]int{}, outputs: map[string]string{}}
	var stdout bytes.Buffer
	var log lockedBuffer
	tmp := t.TempDir()
	for i, st := range a.Runs.Steps {
		if i > 0 && a.Runs.Steps[i-1].ID != "" {
			ctx.declared[a.Runs.Steps[i-1].ID] = true
		}
		ok, err := ctx.condition(st.If)
		if err != nil {
			t.Fatalf("step %d (%s): if: %v", i, st.Name, err)
		}
		if !ok {
			continue
		}
		if st.Uses != "" {
			u := usedAction{uses: st.Uses, with: map[string]string{}}
			for k, v := range st.With {
				if u.with[k], err = ctx.interpolate(v); err != nil {
					t.Fatalf("step %s: with %s: %v", st.Name, k, err)
				}
			}
			res.used = append(res.used, u)
			continue
		}
		if st.Shell != "bash" {
			t.Fatalf("step %s: shell %q; the harness runs bash only", st.Name, st.Shell)
		}
		script := filepath.Join(tmp, fmt.Sprintf("step%d.sh", i))
		outFile := filepath.Join(tmp, fmt.Sprintf("step%d.output", i))
		summaryFile := filepath.Join(tmp, fmt.Sprintf("step%d.summary", i))
		if err := os.WriteFile(script, []byte(st.Run), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{outFile, summaryFile} {
			if err := os.WriteFile(f, nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		env := append(append([]string{}, w.env...),
			"GITHUB_ACTION_PATH="+w.github["action_path"],
			"GITHUB_OUTPUT="+outFile,
			"GITHUB_STEP_SUMMARY="+summaryFile,
		)
		for k, v := range st.Env {
			val, err := ctx.interpolate(v)
			if err != nil {
				t.Fatalf("step %s: env %s: %v", st.Name, k, err)
			}
			env = append(env, k+"="+val)
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = w.dir
		if st.WorkingDirectory != "" {
			wd, err := ctx.interpolate(st.WorkingDirectory)
			if err != nil {
				t.Fatal(err)
			}
			cmd.Dir = filepath.Join(w.dir, wd)
		}
		cmd.Env = env
		var out bytes.Buffer
		cmd.Stdout = &multiWriter{&out, &log}
		cmd.Stderr = &log
		err = cmd.Run()
		code := 0
		if err != nil {
			ee, ok := err.(*exec.ExitError)
			if !ok {
				t.Fatalf("step %s: %v", st.Name, err)
			}
			code = ee.ExitCode()
		}
		stdout.Write(out.Bytes())
		if st.ID != "" {
			res.codes[st.ID] = code
			outputs, err := readStepOutputs(outFile)
			if err != nil {
				t.Fatalf("step %s: GITHUB_OUTPUT: %v", st.Name, err)
			}
			ctx.steps[st.ID] = outputs
		}
		summary, err := os.ReadFile(summaryFile)
		if err != nil {
			t.Fatal(err)
		}
		res.summary += string(summary)
		if code != 0 {
			ctx.failed = true
			res.failed = true
		}
	}
	for _, st := range a.Runs.Steps {
		if st.ID != "" {
			ctx.declared[st.ID] = true
		}
	}
	for name, o := range a.Outputs {
		v, err := ctx.interpolate(o.Value)
		if err != nil {
			t.Fatalf("output %s: %v", name, err)
		}
		res.outputs[name] = v
	}
	res.stdout, res.log = stdout.String(), log.String()
	return res
}

// multiWriter writes to both writers, as the runner's log shows what a step
// prints while it scans standard output for workflow commands.
type multiWriter struct {
	a *bytes.Buffer
	b *lockedBuffer
}

func (m *multiWriter) Write(p []byte) (int, error) {
	m.a.Write(p)
	return m.b.Write(p)
}

// lockedBuffer is the log, which a step's standard output and error write
// to from two goroutines.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// readStepOutputs parses a GITHUB_OUTPUT file: name=value lines and
// name<<DELIMITER blocks.
func readStepOutputs(name string) (map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	lines := strings.Split(string(data), "\n")
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if line == "" {
			continue
		}
		if k, delim, ok := strings.Cut(line, "<<"); ok && !strings.Contains(k, "=") {
			var val []string
			for i++; i < len(lines) && lines[i] != delim; i++ {
				val = append(val, lines[i])
			}
			if i == len(lines) {
				return nil, fmt.Errorf("%s: no closing %s", k, delim)
			}
			out[k] = strings.Join(val, "\n")
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("malformed line %q", line)
		}
		out[k] = v
	}
	return out, nil
}

// exprContext evaluates the part of GitHub's expression language that
// action.yml uses: the contexts inputs, github and steps, string
// literals, ==, !=, !, && and ||, parentheses, and the status functions
// success(), failure() and always(). A name the action does not define is
// an error, so that the test catches a misspelt input or step.
type exprContext struct {
	inputs   map[string]string
	github   map[string]string
	steps    map[string]map[string]string // step id → outputs, of the steps that ran
	declared map[string]bool              // ids of the steps before the current one
	failed   bool                         // an earlier step failed
}

var exprRE = regexp.MustCompile(`\$\{\{(.*?)\}\}`)

// interpolate replaces each ${{ expression }} in s with its value.
func (c *exprContext) interpolate(s string) (string, error) {
	var firstErr error
	out := exprRE.ReplaceAllStringFunc(s, func(m string) string {
		v, err := c.eval(exprRE.FindStringSubmatch(m)[1])
		if err != nil && firstErr == nil {
			firstErr = err
		}
		return str(v)
	})
	return out, firstErr
}

// condition evaluates a step's if:. As on GitHub, a condition that calls no
// status function means success() && (condition), and none means success().
func (c *exprContext) condition(cond string) (bool, error) {
	cond = strings.TrimSpace(cond)
	if m := exprRE.FindStringSubmatch(cond); m != nil && m[0] == cond {
		cond = m[1]
	}
	if cond == "" {
		cond = "success()"
	}
	if !regexp.MustCompile(`\b(success|failure|always|cancelled)\(\)`).MatchString(cond) {
		cond = "success() && (" + cond + ")"
	}
	v, err := c.eval(cond)
	return truthy(v), err
}

func (c *exprContext) eval(expr string) (any, error) {
	p := &exprParser{ctx: c, toks: tokenize(expr)}
	v, err := p.or()
	if err == nil && p.pos < len(p.toks) {
		err = fmt.Errorf("unexpected %q", p.toks[p.pos])
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", strings.TrimSpace(expr), err)
	}
	return v, nil
}

func str(v any) string {
	switch v := v.(type) {
	case bool:
		if v {
			return "true"
		}
		return "false"
	case string:
		return v
	}
	return ""
}

func truthy(v any) bool {
	switch v := v.(type) {
	case bool:
		return v
	case string:
		return v != ""
	}
	return false
}

var tokenRE = regexp.MustCompile(`\s*('(?:[^']|'')*'|==|!=|&&|\|\||[!().]|[A-Za-z_][A-Za-z0-9_-]*|\S)`)

func tokenize(s string) []string {
	var toks []string
	for _, m := range tokenRE.FindAllStringSubmatch(s, -1) {
		toks = append(toks, m[1])
	}
	return toks
}

type exprParser struct {
	ctx  *exprContext
	toks []string
	pos  int
}

func (p *exprParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *exprParser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *exprParser) or() (any, error) {
	v, err := p.and()
	for err == nil && p.peek() == "||" {
		p.next()
		var w any
		if w, err = p.and(); !truthy(v) {
			v = w
		}
	}
	return v, err
}

func (p *exprParser) and() (any, error) {
	v, err := p.unary()
	for err == nil && p.peek() == "&&" {
		p.next()
		var w any
		if w, err = p.unary(); truthy(v) {
			v = w
		}
	}
	return v, err
}

func (p *exprParser) unary() (any, error) {
	if p.peek() == "!" {
		p.next()
		v, err := p.unary()
		return !truthy(v), err
	}
	v, err := p.primary()
	if err != nil {
		return nil, err
	}
	if op := p.peek(); op == "==" || op == "!=" {
		p.next()
		w, err := p.primary()
		if err != nil {
			return nil, err
		}
		eq := strings.EqualFold(str(v), str(w)) // GitHub compares strings ignoring case
		return eq == (op == "=="), nil
	}
	return v, nil
}

func (p *exprParser) primary() (any, error) {
	t := p.next()
	switch {
	case t == "(":
		v, err := p.or()
		if err == nil && p.next() != ")" {
			err = fmt.Errorf("missing )")
		}
		return v, err
	case strings.HasPrefix(t, "'"):
		return strings.ReplaceAll(t[1:len(t)-1], "''", "'"), nil
	case t == "true" || t == "false":
		return t == "true", nil
	case t == "":
		return nil, fmt.Errorf("unexpected end")
	}
	if p.peek() == "(" {
		p.next()
		if p.next() != ")" {
			return nil, fmt.Errorf("%s: the harness knows only functions without arguments", t)
		}
		switch t {
		case "success":
			return !p.ctx.failed, nil
		case "failure":
			return p.ctx.failed, nil
		case "always":
			return true, nil
		}
		return nil, fmt.Errorf("unknown function %s()", t)
	}
	path := []string{t}
	for p.peek() == "." {
		p.next()
		path = append(path, p.next())
	}
	return p.ctx.lookup(path)
}

func (c *exprContext) lookup(path []string) (any, error) {
	name := strings.Join(path, ".")
	switch {
	case path[0] == "inputs" && len(path) == 2:
		v, ok := c.inputs[path[1]]
		if !ok {
			return nil, fmt.Errorf("the action has no input %s", path[1])
		}
		return v, nil
	case path[0] == "github" && len(path) == 2:
		v, ok := c.github[path[1]]
		if !ok {
			return nil, fmt.Errorf("the harness does not set %s", name)
		}
		return v, nil
	case path[0] == "steps" && len(path) == 4 && path[2] == "outputs":
		if !c.declared[path[1]] {
			return nil, fmt.Errorf("no step before this one has id %s", path[1])
		}
		return c.steps[path[1]][path[3]], nil // a skipped step's, or a missing output, is ''
	}
	return nil, fmt.Errorf("%s: unknown context or property", name)
}
