package nplusone

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// funcKey is one entry of -nplusone.funcs, parsed: a function pkg.name or
// a method (pkg.typ).name; the receiver form (pointer or not) is not
// compared, since a type cannot have both.
type funcKey struct {
	pkg, typ, name string
}

// parseFuncs parses the -nplusone.funcs entries, (*pkg.T).Method or
// pkg.Func with pkg a full import path.
func parseFuncs(entries []string) ([]funcKey, error) {
	var keys []funcKey
	for _, e := range entries {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		k, ok := parseFunc(e)
		if !ok {
			return nil, fmt.Errorf("-nplusone.funcs: bad entry %q; want (*pkg/path.T).Method, (pkg/path.T).Method or pkg/path.Func", e)
		}
		keys = append(keys, k)
	}
	return keys, nil
}

func parseFunc(s string) (funcKey, bool) {
	if strings.HasPrefix(s, "(") {
		recv, name, ok := strings.Cut(s[1:], ").")
		if !ok || !token.IsIdentifier(name) {
			return funcKey{}, false
		}
		recv = strings.TrimPrefix(recv, "*")
		pkg, typ, ok := cutLastDot(recv)
		if !ok || !token.IsIdentifier(typ) {
			return funcKey{}, false
		}
		return funcKey{pkg: pkg, typ: typ, name: name}, true
	}
	pkg, name, ok := cutLastDot(s)
	if !ok || !token.IsIdentifier(name) {
		return funcKey{}, false
	}
	return funcKey{pkg: pkg, name: name}, true
}

// cutLastDot splits an import path and a name at the last dot after the
// last slash ("example.com/x/db.Get" into "example.com/x/db" and "Get").
func cutLastDot(s string) (pkg, name string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s, ".")
	if dot <= slash+1 || dot == len(s)-1 || strings.ContainsAny(s, " ()*") {
		return "", "", false
	}
	return s[:dot], s[dot+1:], true
}

// matches reports whether fn is the function or method k names.
func (k funcKey) matches(fn *types.Func) bool {
	if fn.Name() != k.name || fn.Pkg() == nil || fn.Pkg().Path() != k.pkg {
		return false
	}
	if k.typ == "" {
		return fn.Signature().Recv() == nil
	}
	return match.IsMethod(fn, k.pkg, k.typ, k.name)
}
