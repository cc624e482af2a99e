package match

import (
	"go/token"
	"go/types"
)

// A method of a standard library interface whose signature uses only
// predeclared types, as data: name, parameter and result types.
type stdMethod struct {
	name            string
	params, results []string // predeclared type names, or "[]byte"
}

var (
	writeMethod = stdMethod{"Write", []string{"[]byte"}, []string{"int", "error"}}
	readMethod  = stdMethod{"Read", []string{"[]byte"}, []string{"int", "error"}}
)

// stdInterfaces are the standard library interfaces, keyed by package path
// and name, whose method sets StdInterface can rebuild (all their methods'
// signatures use predeclared types only). Interfaces whose methods mention
// other named types (http.ResponseWriter's Header() http.Header) cannot be
// rebuilt, and need not be: a type implementing one mentions that type, so
// its package's export data reaches the interface's package.
var stdInterfaces = map[[2]string][]stdMethod{
	{"hash", "Hash"}: {
		writeMethod,
		{"Sum", []string{"[]byte"}, []string{"[]byte"}},
		{"Reset", nil, nil},
		{"Size", nil, []string{"int"}},
		{"BlockSize", nil, []string{"int"}},
	},
	{"hash", "XOF"}:               {writeMethod, readMethod, {"Reset", nil, nil}, {"BlockSize", nil, []string{"int"}}},
	{"io", "Writer"}:              {writeMethod},
	{"io", "Reader"}:              {readMethod},
	{"io", "RuneScanner"}:         {{"ReadRune", nil, []string{"rune", "int", "error"}}, {"UnreadRune", nil, []string{"error"}}},
	{"io", "ByteScanner"}:         {{"ReadByte", nil, []string{"byte", "error"}}, {"UnreadByte", nil, []string{"error"}}},
	{"database/sql/driver", "Tx"}: {{"Commit", nil, []string{"error"}}, {"Rollback", nil, []string{"error"}}},
}

// StdInterface returns the interface pkgPath.name of the standard library,
// rebuilt from a table, or nil when the table cannot rebuild it.
//
// It serves analyzers that must decide whether a type implements such an
// interface in a package that may not reach the interface's package: a
// dependency loaded from export data (as under go vet, or a standalone run
// without facts) lists in Imports() only the packages its export data
// mentions, so walking the import graph finds package hash for one driver
// and not for the other. The rebuilt interface has the same method names
// and identical signatures, so types.Implements answers as it would with
// the real one, whichever driver loaded the packages.
func StdInterface(pkgPath, name string) *types.Interface {
	methods := stdInterfaces[[2]string{pkgPath, name}]
	if len(methods) == 0 {
		return nil
	}
	var funcs []*types.Func
	for _, m := range methods {
		sig := types.NewSignatureType(nil, nil, nil, tuple(m.params), tuple(m.results), false)
		funcs = append(funcs, types.NewFunc(token.NoPos, nil, m.name, sig))
	}
	return types.NewInterfaceType(funcs, nil).Complete()
}

// tuple makes a tuple of unnamed variables of the named predeclared types.
func tuple(names []string) *types.Tuple {
	var vars []*types.Var
	for _, n := range names {
		var t types.Type
		if n == "[]byte" {
			t = types.NewSlice(types.Typ[types.Byte])
		} else {
			t = types.Universe.Lookup(n).Type()
		}
		vars = append(vars, types.NewParam(token.NoPos, nil, "", t))
	}
	return types.NewTuple(vars...)
}
