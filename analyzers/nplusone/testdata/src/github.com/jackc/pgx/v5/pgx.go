// Package pgx is a stub of github.com/jackc/pgx/v5 holding what nplusone matches.
package pgx

import "context"

type CommandTag struct{}

type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Close()
}

type Row interface{ Scan(dest ...any) error }

type Conn struct{}

func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) { return nil, nil }
func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row        { return nil }
func (c *Conn) Exec(ctx context.Context, sql string, args ...any) (CommandTag, error) {
	return CommandTag{}, nil
}
func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { return nil }

type Tx interface {
	Query(ctx context.Context, sql string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) Row
	Exec(ctx context.Context, sql string, args ...any) (CommandTag, error)
	SendBatch(ctx context.Context, b *Batch) BatchResults
	Commit(ctx context.Context) error
}

type Batch struct{}

func (b *Batch) Queue(query string, arguments ...any) {}
func (b *Batch) Len() int                             { return 0 }

type BatchResults interface {
	Exec() (CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
}
