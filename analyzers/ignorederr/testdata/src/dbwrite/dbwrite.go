// Package dbwrite holds database writes whose error is dropped in
// functions that have no error result: the write may not have happened.
package dbwrite

import (
	"context"
	"database/sql"
	"log"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Store struct {
	db   *sql.DB
	pool *pgxpool.Pool
	x    *sqlx.DB
}

func (s *Store) MarkSeen(ctx context.Context, id int) {
	s.db.ExecContext(ctx, "UPDATE items SET seen = true WHERE id = $1", id) // want `error from s.db.ExecContext is dropped \(the write may not have happened and nobody will know\); log or count the failure`
}

func (s *Store) Touch(ctx context.Context, conn *pgx.Conn, tx pgx.Tx, id int) {
	s.pool.Exec(ctx, "UPDATE items SET at = now() WHERE id = $1", id) // want `error from s.pool.Exec is dropped \(the write may not`
	conn.Exec(ctx, "DELETE FROM items WHERE id = $1", id)             // want `error from conn.Exec is dropped \(the write may not`
	tx.Exec(ctx, "DELETE FROM items WHERE id = $1", id)               // want `error from tx.Exec is dropped \(the write may not`
	s.x.NamedExec("UPDATE items SET n = :n", map[string]any{"n": 1})  // want `error from s.x.NamedExec is dropped \(the write may not`
	s.x.Exec("UPDATE items SET n = 0")                                // want `error from s.x.Exec is dropped \(the write may not`
}

func (s *Store) Fine(ctx context.Context, tx *sql.Tx, id int) {
	if _, err := s.db.ExecContext(ctx, "UPDATE items SET seen = true WHERE id = $1", id); err != nil {
		log.Printf("mark seen: %v", err) // ok: the failure is logged
	}
	defer s.db.ExecContext(ctx, "UNLOCK TABLES") // ok: deferred cleanup
	s.x.MustExec("UPDATE items SET n = 0")       // ok: MustExec panics on failure
	_, _ = s.db.Exec("UPDATE items SET n = 0")   // ok: a visible, deliberate choice (see -blank)
	s.db.Query("SELECT 1")                       // ok: not a write (and rows are not closed: another check's business)
	go func() {
		s.db.Exec("UPDATE items SET n = 0") // want `error from s.db.Exec is dropped \(the write may not`
	}()
}

// Exec is a first-party helper; only the database APIs are known writes.
type Repo struct{}

func (Repo) Exec(q string) (sql.Result, error) { panic("stub") }

func (r Repo) Use() {
	r.Exec("UPDATE items SET n = 0") // ok: not a known database API, and nowhere to report
}
