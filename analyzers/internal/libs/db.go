// Package libs is prodvet's knowledge of third-party and standard
// libraries, as data: which calls are database round trips, which
// execute a write, which run a gorm statement. Every analyzer that needs
// to know about a library asks here, so the knowledge is written once and
// adding a library is one table entry (and its tests).
package libs

import (
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Database libraries, as named in advice and facts.
const (
	SQL  = "sql"
	SQLX = "sqlx"
	Gorm = "gorm"
	Pgx  = "pgx"
	Bun  = "bun"
	Ent  = "ent"
)

// Import paths of the database libraries.
const (
	SQLPath      = "database/sql"
	SQLXPath     = "github.com/jmoiron/sqlx"
	GormPath     = "gorm.io/gorm"
	PgxPath      = "github.com/jackc/pgx/v5"
	PgxPoolPath  = "github.com/jackc/pgx/v5/pgxpool"
	Pgx4Path     = "github.com/jackc/pgx/v4"
	Pgx4PoolPath = "github.com/jackc/pgx/v4/pgxpool"
	BunPath      = "github.com/uptrace/bun"
	EntPath      = "entgo.io/ent"
)

// A DBAPI names methods of one type of a database library (or, with Type
// empty, functions of its package), each call of which is a round trip to
// the database.
type DBAPI struct {
	Lib      string
	Path     string
	Type     string
	Names    []string
	Versions string // the releases the names were checked against
}

// Method sets shared by several types.
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
		"NamedExec", "NamedExecContext",
	}
	// gormTerminals are the *gorm.DB methods that run a statement (or,
	// Begin and Transaction, a transaction's).
	gormTerminals = []string{
		"First", "Last", "Take", "Find", "FindInBatches", "FirstOrInit", "FirstOrCreate",
		"Create", "CreateInBatches", "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns",
		"Delete", "Exec", "Count", "Pluck", "Scan", "Row", "Rows", "Transaction", "Begin",
	}
	pgxMethods   = []string{"Query", "QueryRow", "Exec", "SendBatch", "CopyFrom", "Prepare"}
	bunDBMethods = []string{
		"Query", "QueryContext", "QueryRow", "QueryRowContext", "Exec", "ExecContext", "RunInTx",
	}
)

// DB is the table of known round trips. Methods promoted from an embedded
// type (sqlx.DB embeds *sql.DB) are the embedded type's objects, so they
// match that type's row.
var DB = []DBAPI{
	{SQL, SQLPath, "DB", sqlConnMethods, "go1"},
	{SQL, SQLPath, "Tx", sqlConnMethods, "go1"},
	{SQL, SQLPath, "Conn", sqlConnMethods, "go1.9"},
	{SQL, SQLPath, "Stmt", sqlStmtMethods, "go1"},

	{SQLX, SQLXPath, "DB", sqlxMethods, "v1.3"},
	{SQLX, SQLXPath, "Tx", sqlxMethods, "v1.3"},
	{SQLX, SQLXPath, "Conn", sqlxMethods, "v1.3"},
	{SQLX, SQLXPath, "Stmt", sqlxStmtMethods, "v1.3"},
	{SQLX, SQLXPath, "NamedStmt", sqlxStmtMethods, "v1.3"},
	{SQLX, SQLXPath, "", []string{
		"Get", "GetContext", "Select", "SelectContext",
		"NamedExec", "NamedExecContext", "NamedQuery", "NamedQueryContext",
		"MustExec", "MustExecContext",
	}, "v1.3"},

	{Gorm, GormPath, "DB", gormTerminals, "v1.25"},
	{Gorm, GormPath, "Association", []string{"Find", "Count", "Append", "Replace", "Delete", "Clear"}, "v1.25"},

	{Pgx, PgxPath, "Conn", pgxMethods, "v5"},
	{Pgx, PgxPath, "Tx", pgxMethods, "v5"}, // an interface
	{Pgx, PgxPath, "", []string{"BeginFunc", "BeginTxFunc"}, "v5"},
	{Pgx, PgxPoolPath, "Pool", pgxMethods, "v5"},
	{Pgx, PgxPoolPath, "Conn", pgxMethods, "v5"},
	{Pgx, PgxPoolPath, "Tx", pgxMethods, "v5"},
	{Pgx, Pgx4Path, "Conn", pgxMethods, "v4"},
	{Pgx, Pgx4Path, "Tx", pgxMethods, "v4"}, // an interface
	{Pgx, Pgx4PoolPath, "Pool", pgxMethods, "v4"},
	{Pgx, Pgx4PoolPath, "Conn", pgxMethods, "v4"},
	{Pgx, Pgx4PoolPath, "Tx", pgxMethods, "v4"},

	{Bun, BunPath, "DB", bunDBMethods, "v1"},
	{Bun, BunPath, "Tx", bunDBMethods, "v1"},
	{Bun, BunPath, "Conn", bunDBMethods, "v1"},
	{Bun, BunPath, "SelectQuery", []string{"Scan", "Exec", "Count", "ScanAndCount", "Exists"}, "v1"},
	{Bun, BunPath, "InsertQuery", []string{"Scan", "Exec"}, "v1"},
	{Bun, BunPath, "UpdateQuery", []string{"Scan", "Exec"}, "v1"},
	{Bun, BunPath, "DeleteQuery", []string{"Scan", "Exec"}, "v1"},
	{Bun, BunPath, "MergeQuery", []string{"Scan", "Exec"}, "v1"},
	{Bun, BunPath, "RawQuery", []string{"Scan", "Exec"}, "v1"},
}

// execNames are the round trips that execute a statement and return no
// rows, the way writes are made.
var execNames = []string{"Exec", "ExecContext", "NamedExec", "NamedExecContext"}

// DBPaths returns the import paths a round trip can come from: a package
// that reaches none of them cannot make one itself.
func DBPaths() []string {
	var paths []string
	for _, api := range DB {
		if !slices.Contains(paths, api.Path) {
			paths = append(paths, api.Path)
		}
	}
	return append(paths, EntPath)
}

// DBRoundTrip returns the library of fn when a call of fn is a round trip
// in the DB table. (Ent's generated clients are IsEntTerminal.)
func DBRoundTrip(fn *types.Func) (lib string, ok bool) {
	if api := dbAPI(fn); api != nil {
		return api.Lib, true
	}
	return "", false
}

// IsDBExec reports whether fn executes a statement on a database without
// returning rows: Exec and its kin (sqlx's NamedExec) of sql, sqlx and pgx
// connections, pools, statements and transactions.
func IsDBExec(fn *types.Func) bool {
	api := dbAPI(fn)
	return api != nil && (api.Lib == SQL || api.Lib == SQLX || api.Lib == Pgx) && slices.Contains(execNames, fn.Name())
}

// IsGormTerminal reports whether fn is a *gorm.DB method that runs a
// statement, ending a chain of builder calls.
func IsGormTerminal(fn *types.Func) bool {
	return match.IsMethod(fn, GormPath, "DB", gormTerminals...)
}

// dbAPI returns the row of the DB table fn belongs to, or nil.
func dbAPI(fn *types.Func) *DBAPI {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	path := fn.Pkg().Path()
	recv := fn.Signature().Recv()
	for i := range DB {
		api := &DB[i]
		if api.Path != path || !slices.Contains(api.Names, fn.Name()) {
			continue
		}
		if api.Type == "" && recv == nil && match.IsFunc(fn, api.Path, fn.Name()) {
			return api
		}
		if api.Type != "" && match.IsMethod(fn, api.Path, api.Type, fn.Name()) {
			return api
		}
	}
	return nil
}

// DBImplementers are the concrete types whose round-trip methods make a
// call through an interface they satisfy (a user's Querier, sqlx.Ext,
// bun.IConn) a round trip.
var DBImplementers = []struct{ Path, Type string }{
	{SQLPath, "DB"}, {SQLPath, "Tx"}, {SQLPath, "Conn"},
	{SQLXPath, "DB"}, {SQLXPath, "Tx"},
	{PgxPath, "Conn"}, {PgxPoolPath, "Pool"},
	{BunPath, "DB"}, {BunPath, "Tx"},
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

// IsEntTerminalShape reports whether fn has the shape of a terminal method
// of an ent-generated builder or client: a method from the table, taking a
// context first, on a type whose name ends with a builder suffix. Whether
// its package is an ent client is IsEntClient's question.
func IsEntTerminalShape(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || !slices.Contains(entMethods, fn.Name()) {
		return false
	}
	named, ok := types.Unalias(match.Deref(recv.Type())).(*types.Named)
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
	return params.Len() > 0 && match.IsContextType(params.At(0).Type())
}

// IsEntClient reports whether pkg has the shape of a client generated by
// ent: it imports entgo.io/ent and declares func NewClient and a type
// Client.
func IsEntClient(pkg *types.Package) bool {
	if !slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == EntPath }) {
		return false
	}
	_, isFunc := pkg.Scope().Lookup("NewClient").(*types.Func)
	_, isType := pkg.Scope().Lookup("Client").(*types.TypeName)
	return isFunc && isType
}

// IsRowsNext reports whether fn advances a result set (rows.Next() of
// database/sql or pgx): a loop on it runs once per row fetched.
func IsRowsNext(fn *types.Func) bool {
	return match.IsMethod(fn, SQLPath, "Rows", "Next") || match.IsMethod(fn, PgxPath, "Rows", "Next") ||
		match.IsMethod(fn, Pgx4Path, "Rows", "Next")
}

// A DBLoss says what is lost when the error of a database call is dropped:
// the call's other results, if any, cannot tell a failure from success.
type DBLoss int

const (
	NoLoss     DBLoss = iota
	LostWrite         // Exec and its kin: the write may not have happened
	LostRow           // Row.Scan: a failure reads as no row, or as zero values
	LostCommit        // Tx.Commit: the transaction may not have been committed
	LostBatch         // BatchResults.Close: a statement of the batch may have failed
)

// A DBErrAPI names methods of one type of a database library whose error
// result is the only news of a database failure, and what dropping it loses.
type DBErrAPI struct {
	Lib      string
	Path     string
	Type     string
	Names    []string
	Loss     DBLoss
	Versions string // the releases the names were checked against
}

// DBErrs is the table of database calls whose error must not be dropped,
// beyond the writes of IsDBExec. Promoted methods are the embedded type's
// (sqlx.Tx's Commit is sql.Tx's; sqlx.DB's QueryRow gives a *sql.Row).
var DBErrs = []DBErrAPI{
	{SQL, SQLPath, "Row", []string{"Scan"}, LostRow, "go1"},
	{SQL, SQLPath, "Tx", []string{"Commit"}, LostCommit, "go1"},

	{SQLX, SQLXPath, "Row", []string{"Scan", "StructScan", "MapScan"}, LostRow, "v1.3"},

	{Pgx, PgxPath, "Row", []string{"Scan"}, LostRow, "v5"}, // an interface
	{Pgx, PgxPath, "Tx", []string{"Commit"}, LostCommit, "v5"},
	{Pgx, PgxPath, "BatchResults", []string{"Close"}, LostBatch, "v5"}, // an interface
	{Pgx, PgxPoolPath, "Tx", []string{"Commit"}, LostCommit, "v5"},
	{Pgx, Pgx4Path, "Row", []string{"Scan"}, LostRow, "v4"},
	{Pgx, Pgx4Path, "Tx", []string{"Commit"}, LostCommit, "v4"},
	{Pgx, Pgx4Path, "BatchResults", []string{"Close"}, LostBatch, "v4"},
	{Pgx, Pgx4PoolPath, "Tx", []string{"Commit"}, LostCommit, "v4"},
}

// DBErrLoss returns what dropping the error of a call of fn loses: a
// write of IsDBExec, or a row, a commit or a batch of the DBErrs table;
// NoLoss for any other function.
func DBErrLoss(fn *types.Func) DBLoss {
	if IsDBExec(fn) {
		return LostWrite
	}
	if fn == nil || fn.Pkg() == nil {
		return NoLoss
	}
	for _, api := range DBErrs {
		if api.Path == fn.Pkg().Path() && match.IsMethod(fn, api.Path, api.Type, api.Names...) {
			return api.Loss
		}
	}
	return NoLoss
}
