// Package sqlx is a stub of github.com/jmoiron/sqlx holding what nplusone matches.
package sqlx

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }

type Tx struct{ *sql.Tx }

type Rows struct{ *sql.Rows }

func (db *DB) Get(dest any, query string, args ...any) error                             { return nil }
func (db *DB) GetContext(ctx context.Context, dest any, query string, args ...any) error { return nil }
func (db *DB) Select(dest any, query string, args ...any) error                          { return nil }
func (db *DB) SelectContext(ctx context.Context, dest any, query string, args ...any) error {
	return nil
}
func (db *DB) Queryx(query string, args ...any) (*Rows, error)     { return nil, nil }
func (db *DB) NamedExec(query string, arg any) (sql.Result, error) { return nil, nil }
func (db *DB) MustExec(query string, args ...any) sql.Result       { return nil }
func (db *DB) Rebind(query string) string                          { return query }
func (tx *Tx) Get(dest any, query string, args ...any) error       { return nil }
func (tx *Tx) NamedExec(query string, arg any) (sql.Result, error) { return nil, nil }
func (r *Rows) StructScan(dest any) error                          { return nil }

// Queryer is satisfied by *DB.
type Queryer interface {
	Query(query string, args ...any) (*sql.Rows, error)
	Queryx(query string, args ...any) (*Rows, error)
}

func Get(q Queryer, dest any, query string, args ...any) error { return nil }

func In(query string, args ...any) (string, []any, error) { return query, args, nil }
