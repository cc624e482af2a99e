package nplusone

import (
	"fmt"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// parseFuncs parses the -nplusone.funcs entries, (*pkg.T).Method or
// pkg.Func with pkg a full import path.
func parseFuncs(entries []string) ([]match.FuncName, error) {
	var keys []match.FuncName
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		k, err := match.ParseFuncName(e)
		if err != nil {
			return nil, fmt.Errorf("-nplusone.funcs: bad entry %q: %v; want (*pkg/path.T).Method, (pkg/path.T).Method or pkg/path.Func", e, err)
		}
		keys = append(keys, k)
	}
	return keys, nil
}
