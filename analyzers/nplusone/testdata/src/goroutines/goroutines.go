// Package goroutines starts a goroutine per item that makes a round trip.
package goroutines

import (
	"context"
	"database/sql"
	"sync"

	"golang.org/x/sync/errgroup"
)

var ctx = context.Background()

func load(db *sql.DB, id int) { // want load:"roundtrip"
	db.QueryRowContext(ctx, "SELECT name FROM t WHERE id = $1", id)
}

func _(db *sql.DB, ids []int) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Add(1)
		go func() { // want `^a goroutine per item calls \(\*sql\.DB\)\.ExecContext \(parallel N\+1 query\); batch it: one query with IN / ANY\(\$1\) or a join$`
			defer wg.Done()
			db.ExecContext(ctx, "DELETE FROM t WHERE id = $1", id)
		}()
	}
	wg.Wait()
}

func _(db *sql.DB, ids []int) {
	for _, id := range ids {
		go load(db, id) // want `^a goroutine per item calls load → \(\*sql\.DB\)\.QueryRowContext \(parallel N\+1 query\)`
	}
}

func _(db *sql.DB, ids []int) error {
	var g errgroup.Group
	g.SetLimit(8)
	for _, id := range ids {
		g.Go(func() error { // want `^a goroutine per item calls goroutines\.load → \(\*sql\.DB\)\.QueryRowContext \(parallel N\+1 query\)`
			load(db, id)
			return nil
		})
	}
	return g.Wait()
}

func _(db *sql.DB, ids []int) {
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Go(func() { // want `a goroutine per item calls \(\*sql\.DB\)\.Exec \(parallel`
			db.Exec("DELETE FROM t WHERE id = $1", id)
		})
	}
	wg.Wait()
}

func _(db *sql.DB, ids []int) {
	go func() {
		for _, id := range ids {
			db.Exec("DELETE FROM t WHERE id = $1", id) // want `^\(\*sql\.DB\)\.Exec in a loop`
		}
	}()
}

// Negatives.

func _(db *sql.DB, ids []int, work chan int) {
	// ok: a fixed pool of workers, not one goroutine per item
	for range 4 {
		go func() {
			for id := range work {
				db.Exec("DELETE FROM t WHERE id = $1", id) // ok: consumer loop
			}
		}()
	}
	// ok: goroutines per item that make no round trip
	var wg sync.WaitGroup
	for _, id := range ids {
		wg.Go(func() { _ = id * 2 })
	}
	wg.Wait()
	// ok: one goroutine, one query
	go db.Exec("VACUUM")
}
