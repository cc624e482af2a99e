// Package match identifies the functions, methods, types and fields that
// prodvet's analyzers look for by type-checker object, never by spelling, so
// renamed imports, aliases, dot-imports, method values and embedding cannot
// hide a call.
package match

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"
)

// Callee returns the function or method that call statically calls, or nil
// for calls of function values, conversions and builtins. For instantiated
// generic functions and methods it returns the generic declaration, whose
// identity is stable.
func Callee(info *types.Info, call *ast.CallExpr) *types.Func {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil {
		return nil
	}
	return fn.Origin()
}

// IsFunc reports whether obj is one of the named package-level functions of
// the package with import path pkgPath. Like every predicate here it
// accepts a nil object, or a nil *types.Func in an interface (what
// IsFunc(Callee(info, call), ...) passes for a call of a function value).
func IsFunc(obj types.Object, pkgPath string, names ...string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != pkgPath {
		return false
	}
	if fn.Signature().Recv() != nil {
		return false
	}
	return slices.Contains(names, fn.Name())
}

// IsMethod reports whether obj is one of the named methods declared on the
// type pkgPath.typeName (with either receiver form), including methods of an
// interface type of that name. Methods promoted through embedding are the
// same objects as the embedded type's, so they match too.
func IsMethod(obj types.Object, pkgPath, typeName string, names ...string) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn == nil || !slices.Contains(names, fn.Name()) {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	return IsNamed(Deref(recv.Type()), pkgPath, typeName)
}

// IsVar reports whether obj is the package-level variable pkgPath.name.
func IsVar(obj types.Object, pkgPath, name string) bool {
	v, ok := obj.(*types.Var)
	return ok && v != nil && !v.IsField() && v.Pkg() != nil && v.Pkg().Path() == pkgPath &&
		v.Name() == name && IsPackageLevel(v)
}

// IsPackageLevel reports whether obj is declared at package level (a
// global variable, constant, type or function), not inside a function.
func IsPackageLevel(obj types.Object) bool {
	return obj != nil && obj.Pkg() != nil && obj.Parent() == obj.Pkg().Scope()
}

// IsLocal reports whether v is a variable declared inside a function, a
// local or a parameter: not a field and not a package-level variable.
func IsLocal(v *types.Var) bool {
	return v != nil && !v.IsField() && v.Pkg() != nil && v.Parent() != nil && v.Parent() != v.Pkg().Scope()
}

// IsNamed reports whether t, seen through aliases, is the defined type
// pkgPath.name (any instantiation, for generic types).
func IsNamed(t types.Type, pkgPath, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := named.Origin().Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkgPath && obj.Name() == name
}

// IsNamedOrPointer reports whether t is pkgPath.name or a pointer to it.
func IsNamedOrPointer(t types.Type, pkgPath, name string) bool {
	return IsNamed(Deref(t), pkgPath, name)
}

// Deref returns the element type of a pointer type, and t itself otherwise.
func Deref(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// IsStd reports whether pkg belongs to the standard library, by the go
// command's rule: the first element of its import path has no dot. A nil
// package (the universe: error, len) counts as standard. Analyzers keep
// their knowledge of the standard library in tables rather than facts; in
// analysistest, scenario packages without a dot count as standard too, so
// a scenario that exercises facts lives under a dotted path.
func IsStd(pkg *types.Package) bool {
	if pkg == nil {
		return true
	}
	first, _, _ := strings.Cut(pkg.Path(), "/")
	return !strings.Contains(first, ".")
}

// Reaches reports whether pkg imports the package with import path path,
// directly or through other packages. A package that cannot reach a
// package cannot use its types or functions, which makes this a sound fast
// path for analyzers looking for one API.
func Reaches(pkg *types.Package, path string) bool {
	return Import(pkg, path) != nil
}

// Import returns the package with import path path among the packages pkg
// imports, directly or indirectly, or nil if pkg does not reach it.
func Import(pkg *types.Package, path string) *types.Package {
	return Imports(pkg, path)[path]
}

// Imports returns, by path, those of the packages with the given import
// paths that pkg is or imports, directly or indirectly, in one walk of the
// import graph that stops once all are found. Use it instead of calling
// Import in a loop.
func Imports(pkg *types.Package, paths ...string) map[string]*types.Package {
	want := make(map[string]bool, len(paths))
	for _, p := range paths {
		want[p] = true
	}
	found := make(map[string]*types.Package)
	seen := map[*types.Package]bool{pkg: true}
	queue := []*types.Package{pkg}
	for len(queue) > 0 && len(found) < len(want) {
		p := queue[0]
		queue = queue[1:]
		if want[p.Path()] {
			found[p.Path()] = p
		}
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				queue = append(queue, imp)
			}
		}
	}
	return found
}

// Field returns the field named name of the struct type typeName declared in
// pkg, or nil if there is none. Comparing a selection's object with it
// identifies the field however it was reached (promotion, aliases).
func Field(pkg *types.Package, typeName, name string) *types.Var {
	if pkg == nil {
		return nil
	}
	tn, ok := pkg.Scope().Lookup(typeName).(*types.TypeName)
	if !ok {
		return nil
	}
	st, ok := tn.Type().Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for f := range st.Fields() {
		if f.Name() == name {
			return f
		}
	}
	return nil
}
