package ctxprop

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// ignoresFact marks a function whose context parameters are all blank or
// never used: a context passed to it carries nothing anywhere, so a fresh
// one given to it loses nothing.
type ignoresFact struct{}

func (*ignoresFact) AFact()         {}
func (*ignoresFact) String() string { return "ignoresContext" }

// findIgnoring records each function declared in the package whose
// context parameters are all blank or unused, and exports a fact on the
// exported ones, which other packages can call.
func (c *checker) findIgnoring() {
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			decl, ok := d.(*ast.FuncDecl)
			if !ok || decl.Body == nil {
				continue
			}
			fn, ok := c.info.Defs[decl.Name].(*types.Func)
			if !ok || !c.ignoresParams(decl) {
				continue
			}
			c.ignoring[fn] = true
			if fn.Exported() {
				c.pass.ExportObjectFact(fn, new(ignoresFact))
			}
		}
	}
}

// ignoresParams reports whether decl has context.Context parameters and
// none of them is used in its body, which makes no fresh context either.
// A function that drops its context for context.Background is reported
// inside, and once that is fixed it reads the context its callers pass:
// they should keep passing theirs (and -fix reaches its fixed point in
// one run).
func (c *checker) ignoresParams(decl *ast.FuncDecl) bool {
	params := make(map[*types.Var]bool)
	has := false
	for _, field := range decl.Type.Params.List {
		if !match.IsContextType(c.info.TypeOf(field.Type)) {
			continue
		}
		has = true
		for _, name := range field.Names {
			if v, ok := c.info.Defs[name].(*types.Var); ok {
				params[v] = true
			}
		}
	}
	if !has {
		return false
	}
	used := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if v, ok := c.info.Uses[n].(*types.Var); ok && params[v] {
				used = true
			}
		case *ast.CallExpr:
			if fn := match.Callee(c.info, n); fn != nil && isFresh(fn) {
				used = true // discarded for a fresh one: see above
			}
		}
		return !used
	})
	return !used
}

// ignoresContext reports whether a context passed to fn reaches nothing:
// fn's context parameters are blank or unused, or fn is an interface
// method whose implementations in the module (those declared in this
// package or in the module's packages it imports) all ignore theirs, and
// there is at least one. With no implementation in sight, an interface
// call is assumed to use its context.
func (c *checker) ignoresContext(fn *types.Func) bool {
	fn = fn.Origin()
	if fn.Pkg() == nil || match.IsStd(fn.Pkg()) {
		return false
	}
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) {
		return c.concreteIgnores(fn)
	}
	if v, ok := c.ifaceIgnores[fn]; ok {
		return v
	}
	c.ifaceIgnores[fn] = false // while in progress: an implementation forwarding to it reads its context
	v := c.implsIgnore(recv.Type().Underlying().(*types.Interface), fn)
	c.ifaceIgnores[fn] = v
	return v
}

// concreteIgnores reports whether the declared function fn ignores its
// context parameters, as this package saw or a fact says.
func (c *checker) concreteIgnores(fn *types.Func) bool {
	if fn.Pkg() == c.pass.Pkg {
		return c.ignoring[fn]
	}
	return c.pass.ImportObjectFact(fn, new(ignoresFact))
}

// implsIgnore reports whether every named type of the module's packages in
// sight that implements iface ignores the context of its method named like
// m, and there is at least one such type.
func (c *checker) implsIgnore(iface *types.Interface, m *types.Func) bool {
	found := false
	for _, pkg := range c.modulePackages() {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			tn, ok := scope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() {
				continue
			}
			named, ok := tn.Type().(*types.Named)
			if !ok || types.IsInterface(named) {
				continue
			}
			if named.TypeParams().Len() > 0 {
				// A generic type may implement iface once instantiated:
				// unless it has no such method, stay unsure.
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, m.Pkg(), m.Name()); obj != nil {
					return false
				}
				continue
			}
			var t types.Type = named
			if !types.Implements(t, iface) {
				t = types.NewPointer(named)
				if !types.Implements(t, iface) {
					continue
				}
			}
			obj, _, _ := types.LookupFieldOrMethod(t, false, m.Pkg(), m.Name())
			impl, ok := obj.(*types.Func)
			if !ok || !c.ignoresContext(impl) {
				return false // reads its context, or forwards to an interface it embeds
			}
			found = true
		}
	}
	return found
}

// modulePackages returns this package and the packages of its module that
// it imports, directly or not, in a fixed order.
func (c *checker) modulePackages() []*types.Package {
	if c.modPkgs != nil {
		return c.modPkgs
	}
	mod := c.module()
	inModule := func(p *types.Package) bool {
		return p.Path() == mod || strings.HasPrefix(p.Path(), mod+"/")
	}
	seen := map[*types.Package]bool{c.pass.Pkg: true}
	pkgs := []*types.Package{c.pass.Pkg}
	for i := 0; i < len(pkgs); i++ {
		for _, imp := range pkgs[i].Imports() {
			if !seen[imp] && inModule(imp) {
				seen[imp] = true
				pkgs = append(pkgs, imp)
			}
		}
	}
	c.modPkgs = pkgs
	return pkgs
}
