// Package pgx is a stub of github.com/jackc/pgx/v5 holding what ignorederr
// matches. Bodies panic, so that no stub looks like a function that cannot
// fail (see the benignerr fact).
package pgx

import "context"

type CommandTag struct{}

type Conn struct{}

func (c *Conn) Exec(ctx context.Context, sql string, args ...any) (CommandTag, error) {
	panic("stub")
}

type Tx interface {
	Exec(ctx context.Context, sql string, args ...any) (CommandTag, error)
	Commit(ctx context.Context) error
}

func (c *Conn) QueryRow(ctx context.Context, sql string, args ...any) Row { panic("stub") }

func (c *Conn) SendBatch(ctx context.Context, b *Batch) BatchResults { panic("stub") }

func (c *Conn) Begin(ctx context.Context) (Tx, error) { panic("stub") }

type Row interface {
	Scan(dest ...any) error
}

type Rows interface {
	Close()
	Next() bool
	Scan(dest ...any) error
}

type Batch struct{}

func (b *Batch) Queue(query string, args ...any) {}

type BatchResults interface {
	Exec() (CommandTag, error)
	Query() (Rows, error)
	QueryRow() Row
	Close() error
}
