package analyzers

import (
	"flag"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// An analyzer's options are its flags, and nothing else: the command line
// sets them as -NAME.FLAG, go vet -vettool the same, and the configuration
// files (.prodvet.yml, golangci-lint's settings) through SetOption, so that
// a new flag is an option everywhere with no further code.

// SetOption sets the option name of a to value as a configuration file
// holds it (see FlagValue), with the same effect as -NAME.name=value on
// the command line. The caller places the error: it names neither the
// analyzer nor, unless it is an unknown name, the option.
func SetOption(a *analysis.Analyzer, name string, value any) error {
	f := a.Flags.Lookup(name)
	if f == nil {
		return fmt.Errorf("unknown key %q (want one of %s)", name, strings.Join(OptionNames(a), ", "))
	}
	if _, ok := value.(bool); isBoolFlag(f) && !ok {
		return fmt.Errorf("want true or false, not %s", kindOf(value))
	}
	s, err := FlagValue(value)
	if err != nil {
		return err
	}
	return a.Flags.Set(name, s)
}

// FlagValue returns the command-line form of an option value decoded from
// YAML or JSON: a boolean, a number or a string as written, and a list of
// those joined with commas, the form list flags take.
func FlagValue(value any) (string, error) {
	switch v := value.(type) {
	case string:
		return v, nil
	case bool:
		return strconv.FormatBool(v), nil
	case int:
		return strconv.Itoa(v), nil
	case int64:
		return strconv.FormatInt(v, 10), nil
	case uint64:
		return strconv.FormatUint(v, 10), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case []any:
		items := make([]string, 0, len(v))
		for _, item := range v {
			if _, ok := item.([]any); ok {
				return "", fmt.Errorf("want a value or a list of values, not a list of lists")
			}
			s, err := FlagValue(item)
			if err != nil {
				return "", err
			}
			items = append(items, s)
		}
		return strings.Join(items, ","), nil
	}
	return "", fmt.Errorf("want a value or a list of values, not %s", kindOf(value))
}

// OptionNames returns the names of a's options, sorted.
func OptionNames(a *analysis.Analyzer) []string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	slices.Sort(names)
	return names
}

// isBoolFlag reports whether f is a boolean flag, one that -NAME.FLAG
// alone sets to true.
func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// kindOf names the kind of a decoded value for an error message.
func kindOf(value any) string {
	switch value.(type) {
	case nil:
		return "nothing"
	case string:
		return "string"
	case bool:
		return "boolean"
	case int, int64, uint64, float64:
		return "number"
	case []any:
		return "list"
	case map[string]any, map[any]any:
		return "mapping"
	}
	return fmt.Sprintf("%T", value)
}
