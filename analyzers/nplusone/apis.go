package nplusone

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Libraries, which choose the batching advice of a diagnostic: the
// shared table's (libs.DB), and the functions named by -nplusone.funcs.
const (
	libSQL    = libs.SQL
	libSQLX   = libs.SQLX
	libGorm   = libs.Gorm
	libPgx    = libs.Pgx
	libBun    = libs.Bun
	libEnt    = libs.Ent
	libCustom = "custom"
)

const errgrpPath = "golang.org/x/sync/errgroup"

// apiLib reports the library of fn if a call of fn is a known round trip.
func (c *checker) apiLib(fn *types.Func) (string, bool) {
	if fn.Pkg() == nil {
		return "", false
	}
	for _, k := range c.custom {
		if k.Names(fn) {
			return libCustom, true
		}
	}
	if lib, ok := libs.DBRoundTrip(fn); ok {
		return lib, true
	}
	if c.isEntTerminal(fn) {
		return libEnt, true
	}
	return "", false
}

// isEntTerminal reports whether fn is a terminal method of an
// ent-generated builder or client (libs.IsEntTerminalShape) declared in a
// package that is an ent client.
func (c *checker) isEntTerminal(fn *types.Func) bool {
	if !libs.IsEntTerminalShape(fn) {
		return false
	}
	pkg := fn.Pkg()
	ent, ok := c.entPkgs[pkg]
	if !ok {
		ent = libs.IsEntClient(pkg)
		c.entPkgs[pkg] = ent
	}
	return ent
}

// viaInterface returns the round-trip method that an interface method
// call may dispatch to: a method of the same name of a known database type
// that satisfies the interface.
func (c *checker) viaInterface(fn *types.Func) (*types.Func, bool) {
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil, false
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return nil, false
	}
	if m, ok := c.ifaceCache[fn]; ok {
		return m, m != nil
	}
	var found *types.Func
	for _, t := range c.dbTypes() {
		if !types.Implements(t, iface) {
			continue
		}
		obj, _, _ := types.LookupFieldOrMethod(t, false, nil, fn.Name())
		if m, ok := obj.(*types.Func); ok {
			if _, ok := c.apiLib(m); ok {
				found = m
				break
			}
		}
	}
	c.ifaceCache[fn] = found
	return found, found != nil
}

// dbTypes returns pointers to the known database types reachable from the
// package, looked up once per pass.
func (c *checker) dbTypes() []types.Type {
	if c.dbTypesDone {
		return c.dbTypesList
	}
	c.dbTypesDone = true
	for _, im := range libs.DBImplementers {
		pkg := match.Import(c.pass.Pkg, im.Path)
		if pkg == nil {
			continue
		}
		if tn, ok := pkg.Scope().Lookup(im.Type).(*types.TypeName); ok {
			c.dbTypesList = append(c.dbTypesList, types.NewPointer(tn.Type()))
		}
	}
	return c.dbTypesList
}

// advice returns the batching advice for a round trip of lib that does
// op.
func advice(lib, op string) string {
	if op == opWrite {
		return writeAdvice(lib)
	}
	switch lib {
	case libSQLX:
		return "batch it: one query with sqlx.In or a join"
	case libGorm:
		return `batch it: Preload, Where("id IN ?", ids) or CreateInBatches`
	case libPgx:
		return "batch it: one query with ANY($1), a pgx.Batch, or CopyFrom"
	case libBun:
		return "batch it: one query with bun.In(ids), Relation, or a bulk insert"
	case libEnt:
		return "batch it: eager-load edges with WithX or filter with IDIn"
	case libCustom:
		return "batch it: fetch all items in one call before the loop"
	default:
		return "batch it: one query with IN / ANY($1) or a join"
	}
}

// funcName renders fn for messages and facts: pkg.F, (*pkg.T).M, pkg.I.M.
func funcName(fn *types.Func) string {
	recv := fn.Signature().Recv()
	if recv == nil {
		if fn.Pkg() == nil {
			return fn.Name()
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	t := types.Unalias(recv.Type())
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		ptr, t = true, types.Unalias(p.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return fn.Name() // a method of an interface literal
	}
	name := types.TypeString(named, func(p *types.Package) string { return p.Name() })
	if ptr {
		return "(*" + name + ")." + fn.Name()
	}
	if types.IsInterface(named) {
		return "(" + name + ")." + fn.Name()
	}
	return name + "." + fn.Name()
}

// writeAdvice returns the batching advice for inserts and updates of lib.
func writeAdvice(lib string) string {
	switch lib {
	case libSQLX:
		return "batch it: one multi-row VALUES statement (NamedExec takes a slice)"
	case libGorm:
		return "batch it: Create with a slice, or CreateInBatches"
	case libPgx:
		return "batch it: one multi-row VALUES statement, CopyFrom, or a pgx.Batch"
	case libBun:
		return "batch it: NewInsert().Model(&rows) with a slice, or a bulk update with NewValues"
	case libEnt:
		return "batch it: CreateBulk, or one Update with a Where predicate"
	case libCustom:
		return "batch it: write all items in one call after the loop"
	default:
		return "batch it: one multi-row VALUES statement, or COPY"
	}
}
