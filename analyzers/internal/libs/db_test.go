package libs_test

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
)

// method makes a method name of a named type typ declared in a package at
// path, with a pointer receiver unless typ is an interface's name.
func method(path, typ, name string) *types.Func {
	pkg := types.NewPackage(path, path[len(path)-1:])
	tn := types.NewTypeName(token.NoPos, pkg, typ, nil)
	named := types.NewNamed(tn, types.NewStruct(nil, nil), nil)
	recv := types.NewVar(token.NoPos, pkg, "r", types.NewPointer(named))
	fn := types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(recv, nil, nil, nil, nil, false))
	named.AddMethod(fn)
	return fn
}

func TestDBTable(t *testing.T) {
	tests := []struct {
		fn             *types.Func
		lib            string // "" when not a round trip
		exec, terminal bool
	}{
		{method(libs.SQLPath, "DB", "QueryContext"), libs.SQL, false, false},
		{method(libs.SQLPath, "Tx", "ExecContext"), libs.SQL, true, false},
		{method(libs.SQLPath, "DB", "SetMaxOpenConns"), "", false, false},
		{method(libs.SQLXPath, "NamedStmt", "Exec"), libs.SQLX, true, false},
		{method(libs.SQLXPath, "DB", "Select"), libs.SQLX, false, false},
		{method(libs.GormPath, "DB", "Begin"), libs.Gorm, false, true},
		{method(libs.GormPath, "DB", "Where"), "", false, false},
		{method(libs.PgxPath, "Conn", "Exec"), libs.Pgx, true, false},
		{method(libs.Pgx4PoolPath, "Pool", "Exec"), libs.Pgx, true, false},
		{method(libs.BunPath, "InsertQuery", "Exec"), libs.Bun, false, false}, // bun builds its own statements: not a raw Exec
		{method("example.com/db", "DB", "Exec"), "", false, false},
	}
	for _, tt := range tests {
		lib, ok := libs.DBRoundTrip(tt.fn)
		if lib != tt.lib || ok != (tt.lib != "") {
			t.Errorf("DBRoundTrip(%s) = %q, %v; want %q", tt.fn.FullName(), lib, ok, tt.lib)
		}
		if got := libs.IsDBExec(tt.fn); got != tt.exec {
			t.Errorf("IsDBExec(%s) = %v, want %v", tt.fn.FullName(), got, tt.exec)
		}
		if got := libs.IsGormTerminal(tt.fn); got != tt.terminal {
			t.Errorf("IsGormTerminal(%s) = %v, want %v", tt.fn.FullName(), got, tt.terminal)
		}
	}
}

func TestDBErrLoss(t *testing.T) {
	tests := []struct {
		fn   *types.Func
		want libs.DBLoss
	}{
		{method(libs.SQLPath, "Row", "Scan"), libs.LostRow},
		{method(libs.SQLPath, "Rows", "Scan"), libs.NoLoss}, // rows.Err reports the query's failure
		{method(libs.SQLPath, "Tx", "Commit"), libs.LostCommit},
		{method(libs.SQLPath, "Tx", "Rollback"), libs.NoLoss},
		{method(libs.SQLPath, "DB", "ExecContext"), libs.LostWrite},
		{method(libs.SQLPath, "DB", "QueryRow"), libs.NoLoss}, // its error comes back from Scan
		{method(libs.SQLXPath, "Row", "StructScan"), libs.LostRow},
		{method(libs.SQLXPath, "NamedStmt", "Exec"), libs.LostWrite},
		{method(libs.PgxPath, "Row", "Scan"), libs.LostRow},
		{method(libs.PgxPath, "Tx", "Commit"), libs.LostCommit},
		{method(libs.PgxPath, "BatchResults", "Close"), libs.LostBatch},
		{method(libs.PgxPath, "BatchResults", "Exec"), libs.NoLoss},
		{method(libs.PgxPoolPath, "Tx", "Commit"), libs.LostCommit},
		{method(libs.Pgx4Path, "BatchResults", "Close"), libs.LostBatch},
		{method(libs.Pgx4PoolPath, "Tx", "Commit"), libs.LostCommit},
		{method(libs.GormPath, "DB", "Commit"), libs.NoLoss}, // returns *gorm.DB: its Error field is another question
		{method("example.com/db", "Row", "Scan"), libs.NoLoss},
	}
	for _, tt := range tests {
		if got := libs.DBErrLoss(tt.fn); got != tt.want {
			t.Errorf("DBErrLoss(%s) = %v, want %v", tt.fn.FullName(), got, tt.want)
		}
	}
	for _, api := range libs.DBErrs {
		if api.Lib == "" || api.Path == "" || api.Versions == "" || len(api.Names) == 0 || api.Loss == libs.NoLoss {
			t.Errorf("incomplete row %+v", api)
		}
	}
}

// TestDBTableWellFormed checks every row names a library, a path, a
// version range and at least one method, and that no method is listed
// twice for one type.
func TestDBTableWellFormed(t *testing.T) {
	seen := make(map[string]bool)
	for _, api := range libs.DB {
		if api.Lib == "" || api.Path == "" || api.Versions == "" || len(api.Names) == 0 {
			t.Errorf("incomplete row %+v", api)
		}
		for _, name := range api.Names {
			key := api.Path + "." + api.Type + "." + name
			if seen[key] {
				t.Errorf("%s listed twice", key)
			}
			seen[key] = true
		}
	}
	paths := libs.DBPaths()
	if len(paths) == 0 || paths[len(paths)-1] != libs.EntPath {
		t.Errorf("DBPaths() = %v, want the table's paths and ent's", paths)
	}
}
