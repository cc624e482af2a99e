// Package sqlx is a stub of github.com/jmoiron/sqlx.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }

func (db *DB) NamedExec(query string, arg any) (sql.Result, error) { panic("stub") }
func (db *DB) NamedExecContext(ctx context.Context, query string, arg any) (sql.Result, error) {
	panic("stub")
}
func (db *DB) MustExec(query string, args ...any) sql.Result { panic("stub") }
