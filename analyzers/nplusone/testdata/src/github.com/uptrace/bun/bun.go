// Package bun is a stub of github.com/uptrace/bun holding what nplusone matches.
package bun

import (
	"context"
	"database/sql"
)

type DB struct{ *sql.DB }

type SelectQuery struct{}
type InsertQuery struct{}

func (db *DB) NewSelect() *SelectQuery { return &SelectQuery{} }
func (db *DB) NewInsert() *InsertQuery { return &InsertQuery{} }
func (db *DB) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return nil, nil
}
func (db *DB) RunInTx(ctx context.Context, opts *sql.TxOptions, f func(ctx context.Context, tx Tx) error) error {
	return nil
}

type Tx struct{ *sql.Tx }

func (q *SelectQuery) Model(model any) *SelectQuery                              { return q }
func (q *SelectQuery) Where(query string, args ...any) *SelectQuery              { return q }
func (q *SelectQuery) Relation(name string) *SelectQuery                         { return q }
func (q *SelectQuery) Scan(ctx context.Context, dest ...any) error               { return nil }
func (q *SelectQuery) Count(ctx context.Context) (int, error)                    { return 0, nil }
func (q *InsertQuery) Model(model any) *InsertQuery                              { return q }
func (q *InsertQuery) Exec(ctx context.Context, dest ...any) (sql.Result, error) { return nil, nil }

func In(slice any) any { return slice }
