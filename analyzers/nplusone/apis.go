package nplusone

import (
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Libraries, which choose the batching advice of a diagnostic.
const (
	libSQL    = "sql"
	libSQLX   = "sqlx"
	libGorm   = "gorm"
	libPgx    = "pgx"
	libBun    = "bun"
	libEnt    = "ent"
	libCustom = "custom"
)

// Import paths of the libraries whose round trips are known.
const (
	sqlPath     = "database/sql"
	sqlxPath    = "github.com/jmoiron/sqlx"
	gormPath    = "gorm.io/gorm"
	pgxPath     = "github.com/jackc/pgx/v5"
	pgxpoolPath = "github.com/jackc/pgx/v5/pgxpool"
	bunPath     = "github.com/uptrace/bun"
	entPath     = "entgo.io/ent"
	errgrpPath  = "golang.org/x/sync/errgroup"
)

// apiSpec names methods of one type (or, with typ empty, functions of one
// package) each call of which is a round trip to the database.
type apiSpec struct {
	path, typ string
	names     []string
	lib       string
}

var (
	sqlConnMethods = []string{
		"Query", "QueryContext", "QueryRow", "QueryRowContext",
		"Exec", "ExecContext", "Prepare", "PrepareContext",
	}
	sqlStmtMethods = []string{
		"Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext",
	}
	sqlxMethods = []string{
		"Get", "GetContext", "Select", "SelectContext",
		"Queryx", "QueryxContext", "QueryRowx", "QueryRowxContext",
		"NamedExec", "NamedExecContext", "NamedQuery", "NamedQueryContext",
		"MustExec", "MustExecContext", "Preparex", "PreparexContext",
		"PrepareNamed", "PrepareNamedContext",
	}
	sqlxStmtMethods = []string{
		"Get", "GetContext", "Select", "SelectContext",
		"Queryx", "QueryxContext", "QueryRowx", "QueryRowxContext",
		"MustExec", "MustExecContext",
		"Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext",
	}
	pgxMethods   = []string{"Query", "QueryRow", "Exec", "SendBatch", "CopyFrom", "Prepare"}
	bunDBMethods = []string{
		"Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext", "RunInTx",
	}
)

// apis is the table of known round trips. Methods promoted from an
// embedded type (sqlx.DB embeds *sql.DB) are the embedded type's objects,
// so they match that type's row.
var apis = []apiSpec{
	{sqlPath, "DB", sqlConnMethods, libSQL},
	{sqlPath, "Tx", sqlConnMethods, libSQL},
	{sqlPath, "Conn", sqlConnMethods, libSQL},
	{sqlPath, "Stmt", sqlStmtMethods, libSQL},

	{sqlxPath, "DB", sqlxMethods, libSQLX},
	{sqlxPath, "Tx", sqlxMethods, libSQLX},
	{sqlxPath, "Conn", sqlxMethods, libSQLX},
	{sqlxPath, "Stmt", sqlxStmtMethods, libSQLX},
	{sqlxPath, "NamedStmt", sqlxStmtMethods, libSQLX},
	{sqlxPath, "", []string{
		"Get", "GetContext", "Select", "SelectContext",
		"NamedExec", "NamedExecContext", "NamedQuery", "NamedQueryContext",
		"MustExec", "MustExecContext",
	}, libSQLX},

	{gormPath, "DB", []string{
		"First", "Find", "Take", "Last", "Create", "Save", "Update", "Updates",
		"Delete", "Count", "Pluck", "Scan", "Row", "Rows", "Exec",
		"FirstOrCreate", "FirstOrInit", "UpdateColumn", "UpdateColumns",
		"CreateInBatches", "FindInBatches", "Transaction",
	}, libGorm},
	{gormPath, "Association", []string{"Find", "Count", "Append", "Replace", "Delete", "Clear"}, libGorm},

	{pgxPath, "Conn", pgxMethods, libPgx},
	{pgxPath, "Tx", pgxMethods, libPgx}, // an interface
	{pgxPath, "", []string{"BeginFunc", "BeginTxFunc"}, libPgx},
	{pgxpoolPath, "Pool", pgxMethods, libPgx},
	{pgxpoolPath, "Conn", pgxMethods, libPgx},
	{pgxpoolPath, "Tx", pgxMethods, libPgx},

	{bunPath, "DB", bunDBMethods, libBun},
	{bunPath, "Tx", bunDBMethods, libBun},
	{bunPath, "Conn", bunDBMethods, libBun},
	{bunPath, "SelectQuery", []string{"Scan", "Exec", "Count", "ScanAndCount", "Exists"}, libBun},
	{bunPath, "InsertQuery", []string{"Scan", "Exec"}, libBun},
	{bunPath, "UpdateQuery", []string{"Scan", "Exec"}, libBun},
	{bunPath, "DeleteQuery", []string{"Scan", "Exec"}, libBun},
	{bunPath, "MergeQuery", []string{"Scan", "Exec"}, libBun},
	{bunPath, "RawQuery", []string{"Scan", "Exec"}, libBun},
}

// implementers are the concrete types whose round-trip methods make a call
// through an interface they satisfy (a user's Querier, sqlx.Ext, bun.IConn)
// a round trip.
var implementers = []struct{ path, typ string }{
	{sqlPath, "DB"}, {sqlPath, "Tx"}, {sqlPath, "Conn"},
	{sqlxPath, "DB"}, {sqlxPath, "Tx"},
	{pgxPath, "Conn"}, {pgxpoolPath, "Pool"},
	{bunPath, "DB"}, {bunPath, "Tx"},
}

// Ent generates a client per schema: for a schema User, the package holds
// UserClient (Get), UserQuery (All, First, ...), UserCreate (Save, Exec),
// and so on, every terminal method taking a context.Context first. The
// generated package refers to entgo.io/ent in its API (ent.Hook, ...).
var (
	entSuffixes = []string{
		"Query", "Select", "GroupBy", "Client",
		"Create", "CreateBulk", "Update", "UpdateOne", "Delete", "DeleteOne",
		"UpsertOne", "UpsertBulk",
	}
	entMethods = []string{
		"All", "AllX", "First", "FirstX", "FirstID", "FirstIDX",
		"Only", "OnlyX", "OnlyID", "OnlyIDX", "IDs", "IDsX",
		"Count", "CountX", "Exist", "ExistX",
		"Scan", "ScanX", "Strings", "StringsX", "Ints", "IntsX",
		"Float64s", "Float64sX", "Bools", "BoolsX",
		"String", "StringX", "Int", "IntX", "Float64", "Float64X", "Bool", "BoolX",
		"Save", "SaveX", "Exec", "ExecX", "ID", "IDX",
		"Get", "GetX",
	}
)

// dbPaths are the packages a round trip can come from; a package that
// reaches none of them (and has no facts) cannot make one.
var dbPaths = []string{sqlPath, sqlxPath, gormPath, pgxPath, pgxpoolPath, bunPath, entPath}

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
	path := fn.Pkg().Path()
	recv := fn.Signature().Recv()
	for _, s := range apis {
		if s.path != path || !slices.Contains(s.names, fn.Name()) {
			continue
		}
		if s.typ == "" && recv == nil && match.IsFunc(fn, s.path, fn.Name()) {
			return s.lib, true
		}
		if s.typ != "" && match.IsMethod(fn, s.path, s.typ, fn.Name()) {
			return s.lib, true
		}
	}
	if recv != nil && c.isEntTerminal(fn) {
		return libEnt, true
	}
	return "", false
}

// isEntTerminal reports whether fn is a terminal method of an ent-generated
// builder or client: a method from the table, taking a context first, on a
// type whose name ends with a builder suffix, declared in a package that
// imports entgo.io/ent and declares NewClient and Client.
func (c *checker) isEntTerminal(fn *types.Func) bool {
	if !slices.Contains(entMethods, fn.Name()) {
		return false
	}
	named, ok := types.Unalias(match.Deref(fn.Signature().Recv().Type())).(*types.Named)
	if !ok {
		return false
	}
	name := named.Obj().Name()
	if !slices.ContainsFunc(entSuffixes, func(s string) bool {
		return len(name) > len(s) && strings.HasSuffix(name, s)
	}) {
		return false
	}
	params := fn.Signature().Params()
	if params.Len() == 0 || !match.IsNamed(params.At(0).Type(), "context", "Context") {
		return false
	}
	pkg := fn.Pkg()
	ent, ok := c.entPkgs[pkg]
	if !ok {
		ent = isEntClient(pkg)
		c.entPkgs[pkg] = ent
	}
	return ent
}

// isEntClient reports whether pkg has the shape of a client generated by
// ent: it imports entgo.io/ent and declares func NewClient and a type
// Client.
func isEntClient(pkg *types.Package) bool {
	if !slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == entPath }) {
		return false
	}
	_, isFunc := pkg.Scope().Lookup("NewClient").(*types.Func)
	_, isType := pkg.Scope().Lookup("Client").(*types.TypeName)
	return isFunc && isType
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
	for _, im := range implementers {
		pkg := match.Import(c.pass.Pkg, im.path)
		if pkg == nil {
			continue
		}
		if tn, ok := pkg.Scope().Lookup(im.typ).(*types.TypeName); ok {
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
