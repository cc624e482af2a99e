package match_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

const typesSrc = `package p

import (
	"context"
	"syscall"
	"time"
)

type ptrErr struct{}

func (*ptrErr) Error() string { return "" }

type valErr struct{}

func (valErr) Error() string { return "" }

type codedErr interface {
	error
	Code() int
}

type myCtx struct{}

func (myCtx) Deadline() (time.Time, bool)   { return time.Time{}, false }
func (myCtx) Done() <-chan struct{}         { return nil }
func (myCtx) Err() error                    { return nil }
func (myCtx) Value(key any) any             { return nil }

type halfCtx struct{}

func (halfCtx) Done() <-chan struct{} { return nil }
func (halfCtx) Err() error            { return nil }

type aliasCtx = context.Context

var (
	vError    error
	vPtrErr   *ptrErr
	vValErr   valErr
	vCoded    codedErr
	vErrno    syscall.Errno
	vString   string
	vContext  context.Context
	vAliasCtx aliasCtx
	vMyCtx    myCtx
	vHalfCtx  halfCtx
)
`

// typesOf type-checks typesSrc and returns the type of each package-level
// variable by name.
func typesOf(t *testing.T) map[string]types.Type {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", typesSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string]types.Type)
	for _, name := range pkg.Scope().Names() {
		if v, ok := pkg.Scope().Lookup(name).(*types.Var); ok {
			m[name] = v.Type()
		}
	}
	return m
}

func TestTypePredicates(t *testing.T) {
	ts := typesOf(t)
	preds := []struct {
		name string
		f    func(types.Type) bool
		yes  []string
	}{
		{"IsErrorType", match.IsErrorType, []string{"vError"}},
		{"ImplementsError", match.ImplementsError, []string{"vError", "vPtrErr", "vValErr", "vCoded", "vErrno"}},
		{"IsErrorResult", match.IsErrorResult, []string{"vError", "vPtrErr", "vCoded"}},
		{"IsContextType", match.IsContextType, []string{"vContext", "vAliasCtx"}},
		{"ImplementsContext", match.ImplementsContext, []string{"vContext", "vAliasCtx", "vMyCtx"}},
	}
	for _, p := range preds {
		for name, typ := range ts {
			want := false
			for _, y := range p.yes {
				want = want || y == name
			}
			if got := p.f(typ); got != want {
				t.Errorf("%s(%s %s) = %v, want %v", p.name, name, typ, got, want)
			}
		}
		if p.f(nil) {
			t.Errorf("%s(nil) = true", p.name)
		}
	}
}
