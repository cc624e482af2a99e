package match

import (
	"errors"
	"fmt"
	"go/token"
	"go/types"
	"strings"
)

// FuncName names a function, method or package-level variable the way
// users write it in flags and configuration: pkg.Func, pkg.Var,
// (pkg.T).Method or (*pkg.T).Method, with pkg a full import path
// (example.com/db.Get, (*database/sql.Tx).Rollback). Type is empty for a
// function or variable. The receiver's pointer star is not kept: a type
// cannot have a method of the same name on both.
type FuncName struct {
	Pkg, Type, Name string
}

// ParseFuncName parses one such name; its error says what is wrong,
// for the caller to put beside the flag's name.
func ParseFuncName(s string) (FuncName, error) {
	if rest, ok := strings.CutPrefix(s, "("); ok {
		recv, method, ok := strings.Cut(rest, ").")
		if !ok {
			return FuncName{}, errors.New("missing ).")
		}
		pkg, typ, ok := cutLastDot(strings.TrimPrefix(recv, "*"))
		if !ok || !token.IsIdentifier(typ) || !token.IsIdentifier(method) {
			return FuncName{}, errors.New("not a method")
		}
		return FuncName{pkg, typ, method}, nil
	}
	pkg, name, ok := cutLastDot(s)
	if !ok || !token.IsIdentifier(name) {
		return FuncName{}, errors.New("not a qualified name")
	}
	return FuncName{Pkg: pkg, Name: name}, nil
}

// CheckFuncNames checks a comma-separated list of names, as a flag that
// takes one is given: every non-blank entry must parse with ParseFuncName,
// after a leading '-' when removable (an entry that removes a default). A
// flag's Set calls it, so that a bad entry stops the run while the flags
// are parsed, before any package is loaded, whichever driver runs.
func CheckFuncNames(list string, removable bool) error {
	for e := range strings.SplitSeq(list, ",") {
		e = strings.TrimSpace(e)
		if removable {
			e = strings.TrimPrefix(e, "-")
		}
		if e == "" {
			continue
		}
		if _, err := ParseFuncName(e); err != nil {
			return fmt.Errorf("bad entry %q: %v; want pkg/path.Func, (pkg/path.T).Method or (*pkg/path.T).Method", e, err)
		}
	}
	return nil
}

// FuncNameList is a flag.Value for a comma-separated list of names, kept
// as the string *List: Set checks it with CheckFuncNames, so that a bad
// entry stops the run while flags are parsed; String shows the current
// value, so the flag's default is what the analyzer was configured with.
type FuncNameList struct {
	List      *string
	Removable bool // entries may start with '-', removing a default
}

func (l FuncNameList) String() string {
	if l.List == nil {
		return ""
	}
	return *l.List
}

func (l FuncNameList) Set(s string) error {
	if err := CheckFuncNames(s, l.Removable); err != nil {
		return err
	}
	*l.List = s
	return nil
}

// cutLastDot splits an import path and a name at the last dot after the
// last slash ("gopkg.in/yaml.v3.Marshal" is gopkg.in/yaml.v3 and Marshal).
func cutLastDot(s string) (pkg, name string, ok bool) {
	slash := strings.LastIndex(s, "/")
	dot := strings.LastIndex(s, ".")
	if dot <= slash+1 || dot == len(s)-1 || strings.ContainsAny(s, " \t()*") {
		return "", "", false
	}
	return s[:dot], s[dot+1:], true
}

func (n FuncName) String() string {
	if n.Type == "" {
		return n.Pkg + "." + n.Name
	}
	return "(" + n.Pkg + "." + n.Type + ")." + n.Name
}

// NameOf returns the name of fn as declared: for a method, its receiver's
// generic origin type (a method of List[T] is (pkg.List).Method). It is the
// zero FuncName for methods of unnamed types and for universe functions.
func NameOf(fn *types.Func) FuncName {
	if fn == nil || fn.Pkg() == nil {
		return FuncName{}
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return FuncName{Pkg: fn.Pkg().Path(), Name: fn.Name()}
	}
	named, ok := types.Unalias(Deref(recv.Type())).(*types.Named)
	if !ok || named.Origin().Obj().Pkg() == nil {
		return FuncName{}
	}
	obj := named.Origin().Obj()
	return FuncName{obj.Pkg().Path(), obj.Name(), fn.Name()}
}

// Names reports whether fn is the function or method n names.
func (n FuncName) Names(fn *types.Func) bool {
	return fn != nil && n.Name != "" && NameOf(fn) == n
}
