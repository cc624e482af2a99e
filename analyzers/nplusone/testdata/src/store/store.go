// Package store makes round trips behind ordinary-looking methods.
package store

import (
	"context"
	"database/sql"
)

type Author struct {
	ID   int
	Name string
}

type Store struct{ db *sql.DB }

// AuthorByID makes a round trip.
func (s *Store) AuthorByID(ctx context.Context, id int) (*Author, error) { // want AuthorByID:"roundtrip"
	a := &Author{ID: id}
	err := s.db.QueryRowContext(ctx, "SELECT name FROM authors WHERE id = $1", id).Scan(&a.Name)
	return a, err
}

// Author reaches the round trip through a helper.
func (s *Store) Author(ctx context.Context, id int) (*Author, error) { // want Author:"roundtrip"
	return s.AuthorByID(ctx, id)
}

// Load is a package function making a round trip two calls down.
func Load(ctx context.Context, s *Store, id int) string { // want Load:"roundtrip"
	a, _ := s.Author(ctx, id)
	return a.Name
}

// Name makes no round trip.
func (s *Store) Name(a *Author) string { return a.Name }

// Cached reads a map, no round trip.
func (s *Store) Cached(id int) *Author { return nil }

// Register stores a closure that queries later, per request, not per call.
func (s *Store) Register(hooks map[string]func()) {
	hooks["touch"] = func() { s.db.Exec("UPDATE authors SET seen = now()") }
}

// Repo is generic.
type Repo[T any] struct{ db *sql.DB }

func (r *Repo[T]) Get(ctx context.Context, id int) (T, error) { // want Get:"roundtrip"
	var t T
	err := r.db.QueryRowContext(ctx, "SELECT $1", id).Scan(&t)
	return t, err
}

// Fetch is a generic function.
func Fetch[T any](ctx context.Context, db *sql.DB, id int) (T, error) { // want Fetch:"roundtrip"
	var t T
	err := db.QueryRowContext(ctx, "SELECT $1", id).Scan(&t)
	return t, err
}

// Recursive helpers converge.
func ping(ctx context.Context, db *sql.DB, n int) { // want ping:"roundtrip"
	if n > 0 {
		pong(ctx, db, n-1)
	}
}

func pong(ctx context.Context, db *sql.DB, n int) { // want pong:"roundtrip"
	if n == 0 {
		db.ExecContext(ctx, "SELECT 1")
		return
	}
	ping(ctx, db, n)
}

// Async starts a goroutine that makes the round trip.
func (s *Store) Async(ctx context.Context, id int) { // want Async:"roundtrip"
	go func() { s.AuthorByID(ctx, id) }()
}

func _(ctx context.Context, s *Store, ids []int) {
	for _, id := range ids {
		s.Author(ctx, id) // want `^s\.Author → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop: a database round trip per item \(N\+1 query\); batch it: one query with IN / ANY\(\$1\) or a join$`
		s.Name(nil)       // ok: no round trip
	}
}
