// Package pgxpool is a stub of github.com/jackc/pgx/v5/pgxpool.
package pgxpool

import (
	"context"

	"github.com/jackc/pgx/v5"
)

type Pool struct{}

func (p *Pool) Exec(ctx context.Context, sql string, args ...any) (pgx.CommandTag, error) {
	panic("stub")
}

func (p *Pool) QueryRow(ctx context.Context, sql string, args ...any) pgx.Row { panic("stub") }

func (p *Pool) SendBatch(ctx context.Context, b *pgx.Batch) pgx.BatchResults { panic("stub") }

func (p *Pool) Begin(ctx context.Context) (pgx.Tx, error) { panic("stub") }

// Tx is the pool's transaction.
type Tx struct{}

func (tx *Tx) Commit(ctx context.Context) error { panic("stub") }
