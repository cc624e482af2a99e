// Package dbdropped holds database reads, commits and batches whose error
// is dropped: a failure reads as "not found" or as a zero, or the
// transaction silently did not happen. They are reported in any function.
package dbdropped

import (
	"context"
	"database/sql"
	"errors"
	"log"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
)

type Store struct {
	db   *sql.DB
	pool *pgxpool.Pool
	x    *sqlx.DB
	br   pgx.BatchResults
}

type user struct{ Name string }

// Count has no error result: a failed query counts zero.
func (s *Store) Count(ctx context.Context) int {
	var n int
	s.db.QueryRowContext(ctx, "SELECT count(*) FROM items").Scan(&n) // want `error from s.db.QueryRowContext\(\.\.\.\)\.Scan is dropped \(a database failure reads as no row or as zero values\); log or count the failure`
	return n
}

func (s *Store) Reads(ctx context.Context, conn *pgx.Conn, id int) (int, user) {
	var n int
	var u user
	row := s.db.QueryRow("SELECT n FROM items WHERE id = $1", id)
	row.Scan(&n)                                                           // want `error from row.Scan is dropped \(a database failure reads as no row`
	s.x.QueryRowx("SELECT * FROM users WHERE id = $1", id).StructScan(&u)  // want `error from s.x.QueryRowx\(\.\.\.\)\.StructScan is dropped \(a database failure`
	s.x.QueryRowx("SELECT * FROM users WHERE id = $1", id).MapScan(nil)    // want `error from s.x.QueryRowx\(\.\.\.\)\.MapScan is dropped`
	conn.QueryRow(ctx, "SELECT n FROM items WHERE id = $1", id).Scan(&n)   // want `error from conn.QueryRow\(\.\.\.\)\.Scan is dropped \(a database failure`
	s.pool.QueryRow(ctx, "SELECT n FROM items WHERE id = $1", id).Scan(&n) // want `error from s.pool.QueryRow\(\.\.\.\)\.Scan is dropped`
	s.x.DB.QueryRow("SELECT n FROM items WHERE id = $1", id).Scan(&n)      // want `error from s.x.DB.QueryRow\(\.\.\.\)\.Scan is dropped`
	s.x.QueryRow("SELECT n FROM items WHERE id = $1", id).Scan(&n)         // want `error from s.x.QueryRow\(\.\.\.\)\.Scan is dropped`
	return n, u
}

// Lookup can return the error, and the message says so.
func (s *Store) Lookup(id int) (int, error) {
	var n int
	s.db.QueryRow("SELECT n FROM items WHERE id = $1", id).Scan(&n) // want `error from s.db.QueryRow\(\.\.\.\)\.Scan is dropped \(a database failure reads as no row or as zero values\); return it, or log or count the failure`
	return n, nil
}

func (s *Store) Commits(ctx context.Context, tx *sql.Tx, ptx pgx.Tx, pooltx *pgxpool.Tx, xtx *sqlx.Tx) {
	tx.Commit()        // want `error from tx.Commit is dropped \(the transaction may not have been committed and nobody will know\); log or count the failure`
	ptx.Commit(ctx)    // want `error from ptx.Commit is dropped \(the transaction may not have been committed`
	pooltx.Commit(ctx) // want `error from pooltx.Commit is dropped \(the transaction may not have been committed`
	xtx.Commit()       // want `error from xtx.Commit is dropped \(the transaction may not have been committed`
}

func (s *Store) DeferredCommit(tx *sql.Tx) {
	defer tx.Commit() // want `deferred tx.Commit drops its error`
}

// Batch sends writes and learns of their failures only from Close.
func (s *Store) Batch(ctx context.Context, conn *pgx.Conn, ids []int) {
	b := &pgx.Batch{}
	for _, id := range ids {
		b.Queue("DELETE FROM items WHERE id = $1", id)
	}
	br := conn.SendBatch(ctx, b)
	br.Close() // want `error from br.Close is dropped \(a statement of the batch may have failed and nobody will know\); log or count the failure`
}

func (s *Store) DeferredBatch(ctx context.Context, ids []int) error {
	b := &pgx.Batch{}
	for _, id := range ids {
		b.Queue("DELETE FROM items WHERE id = $1", id)
	}
	br := s.pool.SendBatch(ctx, b)
	defer br.Close() // want `error from br.Close is dropped \(a statement of the batch may have failed and nobody will know\); return it`
	return nil
}

// The rest are silent.

func (s *Store) Checked(ctx context.Context, id int) (int, error) {
	var n int
	err := s.db.QueryRow("SELECT n FROM items WHERE id = $1", id).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err := s.pool.QueryRow(ctx, "SELECT 1").Scan(&n); err != nil {
		log.Printf("ping: %v", err) // ok: the failure is logged
	}
	_ = s.db.QueryRow("SELECT 1").Scan(&n) // ok: a visible, deliberate choice (see -blank)
	return n, err
}

func (s *Store) Explained(tx *sql.Tx) {
	// Best effort: the rows are a cache and a failed commit is harmless.
	tx.Commit()
}

func (s *Store) RolledBack(tx *sql.Tx) {
	defer tx.Rollback() // ok: a best-effort undo
	if err := tx.Commit(); err != nil {
		log.Print(err) // ok: checked
	}
}

// ReadBatch reads every result: their failures surface there, and the
// deferred Close is cleanup.
func (s *Store) ReadBatch(ctx context.Context, conn *pgx.Conn, b *pgx.Batch, n int) error {
	br := conn.SendBatch(ctx, b)
	defer br.Close() // ok: each result is read and checked below
	for range n {
		if _, err := br.Exec(); err != nil {
			return err
		}
	}
	return nil
}

// CheckedBatch checks Close on the success path; the deferred one is a
// safety net.
func (s *Store) CheckedBatch(ctx context.Context, conn *pgx.Conn, b *pgx.Batch) error {
	br := conn.SendBatch(ctx, b)
	defer br.Close() // ok: Close is checked below
	return br.Close()
}

// HandedOn passes the results to a reader, which owns their failures.
func (s *Store) HandedOn(ctx context.Context, conn *pgx.Conn, b *pgx.Batch) {
	br := conn.SendBatch(ctx, b)
	readAll(br)
	br.Close() // ok: readAll reads the results
}

func readAll(pgx.BatchResults) {}

// FieldBatch closes a batch held in a field: its owner reads it.
func (s *Store) FieldBatch() {
	s.br.Close() // ok: a field, read elsewhere
}

// Rows are another matter: rows.Err reports the query's failure.
func (s *Store) RowsScan(rows pgx.Rows) {
	var n int
	for rows.Next() {
		rows.Scan(&n) // ok: not a single-row read, and nowhere to report
	}
}

// A first-party Row is not the database's.
type Row struct{}

func (Row) Scan(dest ...any) error { return errors.New("no") }

func (s *Store) OwnRow(r Row) {
	var n int
	r.Scan(&n) // ok: not a database library
}

// On an error path: a write or a commit is not cleanup. The caller hears
// of the other failure, never of this one.
func (s *Store) FailCampaign(ctx context.Context, id int, send func() error) error {
	if err := send(); err != nil {
		s.db.ExecContext(ctx, "UPDATE campaigns SET status = 'failed' WHERE id = $1", id) // want `error from s.db.ExecContext is dropped \(the write may not have happened and nobody will know\); return it, or log or count the failure`
		return errors.New("campaign not sent")
	}
	return nil
}

func (s *Store) CommitThenFail(tx *sql.Tx, err error) error {
	if err != nil {
		tx.Commit() // want `error from tx.Commit is dropped \(the transaction may not have been committed`
		return err
	}
	return nil
}

func (s *Store) CleanupOnError(ctx context.Context, tx *sql.Tx, conn *pgx.Conn, b *pgx.Batch, err error) error {
	if err != nil {
		tx.Rollback() // ok: cleanup before returning the error
		br := conn.SendBatch(ctx, b)
		br.Close() // ok: the batch is abandoned on the way out of a failure
		return err
	}
	return nil
}
