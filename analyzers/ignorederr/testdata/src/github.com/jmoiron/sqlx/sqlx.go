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
func (db *DB) QueryRowx(query string, args ...any) *Row      { panic("stub") }
func (db *DB) Beginx() (*Tx, error)                          { panic("stub") }
func (db *DB) MustExec(query string, args ...any) sql.Result { panic("stub") }

type Tx struct{ *sql.Tx }

type Row struct{}

func (r *Row) Scan(dest ...any) error            { panic("stub") }
func (r *Row) StructScan(dest any) error         { panic("stub") }
func (r *Row) MapScan(dest map[string]any) error { panic("stub") }
func (r *Row) Err() error                        { panic("stub") }
