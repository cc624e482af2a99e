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
