package golangci

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Settings is the plugin's configuration, the value of
// linters.settings.custom.prodvet.settings. Its keys are the prodvet
// command's flag names without the dash: the analyzer names select
// analyzers, and each analyzer's section holds its options. Keys are
// lowercase kebab-case because golangci-lint lowercases every key it reads.
type Settings struct {
	// Enable runs only these analyzers, like -NAME on the command line;
	// Disable runs all but these, like -NAME=false. Set at most one.
	Enable  List `json:"enable"`
	Disable List `json:"disable"`

	HTTPTimeout     TestsOnly       `json:"httptimeout"`
	UnboundedRetry  TestsOnly       `json:"unboundedretry"`
	IgnoredErr      IgnoredErr      `json:"ignorederr"`
	UnstructuredLog UnstructuredLog `json:"unstructuredlog"`
	CtxProp         CtxProp         `json:"ctxprop"`
	NPlusOne        NPlusOne        `json:"nplusone"`
}

// TestsOnly holds the options of an analyzer whose only option is -NAME.tests.
type TestsOnly struct {
	Tests bool `json:"tests"`
}

// IgnoredErr holds the -ignorederr.* options.
type IgnoredErr struct {
	Tests   bool `json:"tests"`
	Blank   bool `json:"blank"`
	Exclude List `json:"exclude"`
}

// UnstructuredLog holds the -unstructuredlog.* options.
type UnstructuredLog struct {
	Tests   bool `json:"tests"`
	Main    bool `json:"main"`
	PerLine bool `json:"per-line"`
}

// CtxProp holds the -ctxprop.* options.
type CtxProp struct {
	Tests    bool `json:"tests"`
	LogFuncs bool `json:"log-funcs"`
}

// NPlusOne holds the -nplusone.* options.
type NPlusOne struct {
	Tests bool `json:"tests"`
	Funcs List `json:"funcs"`
}

// List is a list-valued option: a YAML list, or one comma-separated string
// as on the command line (and in .prodvet.yml).
type List []string

// UnmarshalJSON accepts a list of strings or a comma-separated string.
func (l *List) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err == nil {
		*l = nil
		for item := range strings.SplitSeq(s, ",") {
			if item = strings.TrimSpace(item); item != "" {
				*l = append(*l, item)
			}
		}
		return nil
	}
	var items []string
	if err := json.Unmarshal(data, &items); err != nil {
		return errors.New("want a list of strings or a comma-separated string")
	}
	*l = items
	return nil
}

// UnmarshalJSON decodes the settings strictly: an unknown key or a value
// of the wrong type is an error naming its dotted path, such as
// "httptimeout.tests: want true or false, not string". DecodeSettings'
// own strictness would only say "unknown field", without the section.
func (s *Settings) UnmarshalJSON(data []byte) error {
	return decodeStrict("", data, reflect.ValueOf(s).Elem())
}

// decodeStrict decodes the JSON object data into the struct v one key at a
// time, descending into nested structs, so that every error carries the
// path of the key at fault. A null object leaves v as it is: a key with
// no value in YAML means no options.
func decodeStrict(path string, data []byte, v reflect.Value) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return fmt.Errorf("%swant a mapping of keys to values", prefix(path))
	}
	fields := jsonFields(v)
	for _, key := range sortedKeys(obj) {
		field, ok := fields[key]
		if !ok {
			return fmt.Errorf("%sunknown key %q (want one of %s)", prefix(path), key, strings.Join(sortedKeys(fields), ", "))
		}
		keyPath := strings.TrimPrefix(path+"."+key, ".")
		if field.Kind() == reflect.Struct {
			if err := decodeStrict(keyPath, obj[key], field); err != nil {
				return err
			}
			continue
		}
		if err := json.Unmarshal(obj[key], field.Addr().Interface()); err != nil {
			return fmt.Errorf("%s: %s", keyPath, describe(err))
		}
	}
	return nil
}

func prefix(path string) string {
	if path == "" {
		return ""
	}
	return path + ": "
}

// jsonFields maps the JSON keys of struct v to its fields.
func jsonFields(v reflect.Value) map[string]reflect.Value {
	fields := make(map[string]reflect.Value)
	for i := range v.NumField() {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		fields[name] = v.Field(i)
	}
	return fields
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// describe words a decoding error of one value for the user.
func describe(err error) string {
	var typeErr *json.UnmarshalTypeError
	if !errors.As(err, &typeErr) {
		return err.Error()
	}
	want := typeErr.Type.String()
	if typeErr.Type.Kind() == reflect.Bool {
		want = "true or false"
	}
	return fmt.Sprintf("want %s, not %s", want, typeErr.Value)
}

// checkSelection checks enable and disable against the suite.
func (s *Settings) checkSelection() error {
	if len(s.Enable) > 0 && len(s.Disable) > 0 {
		return errors.New("set enable or disable, not both")
	}
	names := suiteNames()
	key, list := "enable", s.Enable
	if len(s.Disable) > 0 {
		key, list = "disable", s.Disable
	}
	for _, name := range list {
		if !slices.Contains(names, name) {
			return fmt.Errorf("%s: unknown analyzer %q (want one of %s)", key, name, strings.Join(names, ", "))
		}
	}
	return nil
}

// enabled reports whether the settings select the named analyzer.
func (s *Settings) enabled(name string) bool {
	if len(s.Enable) > 0 {
		return slices.Contains(s.Enable, name)
	}
	return !slices.Contains(s.Disable, name)
}
