package action

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestActionMetadata checks action.yml against GitHub's metadata syntax for
// composite actions (docs.github.com, "Metadata syntax for GitHub
// Actions"; SchemaStore's github-action.json encodes the same rules, but it
// is not available offline): the keys each level may have, what is
// required, that every expression names an input, a github field or an
// earlier step that exists, and that no input is pasted into a script.
func TestActionMetadata(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := yaml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	a := loadAction(t)

	checkKeys(t, "action.yml", raw, []string{"name", "description", "runs"},
		[]string{"author", "inputs", "outputs", "branding"})
	if a.Name == "" || a.Description == "" {
		t.Error("action.yml: name and description must not be empty")
	}
	if len(a.Description) > 125 {
		t.Errorf("description is %d characters; the Marketplace shows 125", len(a.Description))
	}
	if b, ok := raw["branding"].(map[string]any); ok {
		checkKeys(t, "branding", b, nil, []string{"icon", "color"})
		if c := a.Branding["color"]; !slices.Contains([]string{"white", "yellow", "blue", "green", "orange", "red", "purple", "gray-dark"}, c) {
			t.Errorf("branding color %q is not one GitHub accepts", c)
		}
	}

	idRE := regexp.MustCompile(`^[_a-zA-Z][a-zA-Z0-9_-]*$`)
	inputs, _ := raw["inputs"].(map[string]any)
	for name, v := range inputs {
		in, ok := v.(map[string]any)
		if !ok {
			t.Errorf("input %s is not a mapping", name)
			continue
		}
		checkKeys(t, "input "+name, in, []string{"description"}, []string{"required", "default", "deprecationMessage"})
		if !idRE.MatchString(name) || strings.ToLower(name) != name {
			t.Errorf("input id %q: want lowercase letters, digits, - and _", name)
		}
		if strings.TrimSpace(a.Inputs[name].Description) == "" {
			t.Errorf("input %s has no description", name)
		}
		if r, ok := in["required"]; ok {
			if _, isBool := r.(bool); !isBool {
				t.Errorf("input %s: required is %v, want a boolean", name, r)
			}
		}
		if d, ok := in["default"]; ok {
			if _, isString := d.(string); !isString {
				t.Errorf("input %s: default %v is not a string", name, d)
			}
		}
	}
	outputs, _ := raw["outputs"].(map[string]any)
	for name, v := range outputs {
		out, _ := v.(map[string]any)
		checkKeys(t, "output "+name, out, []string{"description", "value"}, nil)
		if !idRE.MatchString(name) {
			t.Errorf("output id %q is not valid", name)
		}
	}

	runs, _ := raw["runs"].(map[string]any)
	checkKeys(t, "runs", runs, []string{"using", "steps"}, nil)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using is %q, want composite", a.Runs.Using)
	}
	steps, _ := runs["steps"].([]any)
	if len(steps) == 0 {
		t.Fatal("runs.steps is empty")
	}

	// Every expression must evaluate with the inputs' defaults, a github
	// context and the ids of the steps before it.
	ctx := &exprContext{
		inputs:   map[string]string{},
		github:   map[string]string{"action_path": "/a", "token": "t", "workspace": "/w", "event_name": "pull_request"},
		steps:    map[string]map[string]string{},
		declared: map[string]bool{},
	}
	for name, in := range a.Inputs {
		ctx.inputs[name] = ""
		if in.Default != nil {
			ctx.inputs[name] = *in.Default
		}
	}
	for name := range a.Inputs {
		if d := a.Inputs[name].Default; d != nil {
			if _, err := ctx.interpolate(*d); err != nil {
				t.Errorf("input %s: default: %v", name, err)
			}
		}
	}
	ids := map[string]bool{}
	for i, v := range steps {
		st := a.Runs.Steps[i]
		m, _ := v.(map[string]any)
		where := "step " + st.Name
		if st.Name == "" {
			t.Errorf("step %d has no name", i)
		}
		checkKeys(t, where, m, nil, []string{"name", "id", "if", "uses", "with", "run", "shell", "env", "working-directory", "continue-on-error"})
		switch {
		case st.Run != "" && st.Uses != "":
			t.Errorf("%s has both run and uses", where)
		case st.Run != "":
			if st.Shell == "" {
				t.Errorf("%s: a run step of a composite action needs shell", where)
			}
			if len(st.With) > 0 {
				t.Errorf("%s: with belongs to uses steps", where)
			}
			if strings.Contains(st.Run, "${{") {
				t.Errorf("%s: run has an expression; pass values through env, so that no input becomes shell code", where)
			}
			for _, script := range regexp.MustCompile(`\$GITHUB_ACTION_PATH/([^"' ]+)`).FindAllStringSubmatch(st.Run, -1) {
				if _, err := os.Stat(filepath.Join(repoRoot(t), script[1])); err != nil {
					t.Errorf("%s runs %s: %v", where, script[1], err)
				}
			}
		case st.Uses != "":
			if st.Shell != "" {
				t.Errorf("%s: shell belongs to run steps", where)
			}
			if !regexp.MustCompile(`^[\w.-]+/[\w./-]+@[\w.-]+$`).MatchString(st.Uses) {
				t.Errorf("%s: uses %q is not owner/repo[/path]@ref", where, st.Uses)
			}
		default:
			t.Errorf("%s has neither run nor uses", where)
		}
		if st.ID != "" {
			if !idRE.MatchString(st.ID) || ids[st.ID] {
				t.Errorf("%s: id %q is invalid or not unique", where, st.ID)
			}
		}
		if _, err := ctx.condition(st.If); err != nil {
			t.Errorf("%s: if: %v", where, err)
		}
		for k, v := range st.Env {
			if _, err := ctx.interpolate(v); err != nil {
				t.Errorf("%s: env %s: %v", where, k, err)
			}
		}
		for k, v := range st.With {
			if _, err := ctx.interpolate(v); err != nil {
				t.Errorf("%s: with %s: %v", where, k, err)
			}
		}
		if st.ID != "" {
			ids[st.ID] = true
			ctx.declared[st.ID] = true
		}
	}
	for name, o := range a.Outputs {
		if _, err := ctx.interpolate(o.Value); err != nil {
			t.Errorf("output %s: %v", name, err)
		}
	}

	// The run step reads these inputs from its environment (readInputs).
	var run *stepMeta
	for i := range a.Runs.Steps {
		if a.Runs.Steps[i].ID == "run" {
			run = &a.Runs.Steps[i]
		}
	}
	if run == nil {
		t.Fatal("no step with id run")
	}
	for env, input := range map[string]string{
		"INPUT_WORKING_DIRECTORY": "working-directory", "INPUT_ARGS": "args", "INPUT_CONFIG": "config",
		"INPUT_MODE": "mode", "INPUT_FAIL_ON": "fail-on", "REVIEWDOG_GITHUB_API_TOKEN": "github-token",
	} {
		if got, want := run.Env[env], "${{ inputs."+input+" }}"; got != want {
			t.Errorf("run step: env %s is %q, want %q", env, got, want)
		}
	}
}

// checkKeys reports keys of m that are missing from required or in
// neither list (nil optional with nil required accepts only required).
func checkKeys(t *testing.T, where string, m map[string]any, required, optional []string) {
	t.Helper()
	for _, k := range required {
		if _, ok := m[k]; !ok {
			t.Errorf("%s: %s is required", where, k)
		}
	}
	for k := range m {
		if !slices.Contains(required, k) && !slices.Contains(optional, k) {
			t.Errorf("%s: unknown key %s", where, k)
		}
	}
}

// TestDocsListInputs checks that the inputs table of docs/ci.md lists
// exactly the action's inputs, with their defaults.
func TestDocsListInputs(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "docs", "ci.md"))
	if err != nil {
		t.Fatal(err)
	}
	a := loadAction(t)
	rowRE := regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| `([^`]*)` \\|")
	documented := map[string]string{}
	for _, m := range rowRE.FindAllStringSubmatch(string(data), -1) {
		documented[m[1]] = m[2]
	}
	for name, in := range a.Inputs {
		def := `""` // how the table shows an empty default
		if in.Default != nil && *in.Default != "" {
			def = *in.Default
		}
		got, ok := documented[name]
		switch {
		case !ok:
			t.Errorf("docs/ci.md: the inputs table has no row | `%s` | `%s` |", name, def)
		case got != def:
			t.Errorf("docs/ci.md: input %s defaults to `%s` in the table, `%s` in action.yml", name, got, def)
		}
	}
	for name := range documented {
		if _, ok := a.Inputs[name]; !ok {
			t.Errorf("docs/ci.md documents input %s, which action.yml does not have", name)
		}
	}
}
