// Package cache loads metadata on first use: the round trips that fill
// the cache run once, not once per call, so a loop over callers is no N+1.
// The look-alikes query on every call.
package cache

import (
	"context"
	"database/sql"
	"sync"
)

type Registry struct {
	db    *sql.DB
	rw    sync.RWMutex
	colls map[string][]string
}

// load fills r.colls the first time, after an early return taken once it
// is set (FerretDB's getPool).
func (r *Registry) load(ctx context.Context) error {
	r.rw.RLock()
	if r.colls != nil {
		r.rw.RUnlock()
		return nil
	}
	r.rw.RUnlock()
	rows, err := r.db.QueryContext(ctx, "SELECT name FROM collections")
	if err != nil {
		return err
	}
	defer rows.Close()
	r.colls = make(map[string][]string)
	return nil
}

// Collections reads the cache.
func (r *Registry) Collections(ctx context.Context, db string) []string {
	if err := r.load(ctx); err != nil {
		return nil
	}
	return r.colls[db]
}

// lazy fills the cache inside an if taken while it is empty.
func (r *Registry) lazy(ctx context.Context) map[string][]string {
	if r.colls == nil {
		r.db.ExecContext(ctx, "SELECT 1")
		r.colls = map[string][]string{}
	}
	return r.colls
}

func listAll(ctx context.Context, r *Registry, dbs []string) {
	for _, db := range dbs {
		r.Collections(ctx, db) // ok: the round trip fills a cache once
		r.lazy(ctx)            // ok: the same, inside if r.colls == nil
	}
}

// uncached checks a field but never sets it: nothing is cached, every
// call queries.
func (r *Registry) uncached(ctx context.Context) error { // want uncached:"roundtrip"
	if r.colls != nil {
		return nil
	}
	_, err := r.db.ExecContext(ctx, "SELECT 1")
	return err
}

// localGuard tests a local variable, not a field: no cache survives the call.
func (r *Registry) localGuard(ctx context.Context, m map[string]int) error { // want localGuard:"roundtrip"
	if m != nil {
		return nil
	}
	m = map[string]int{}
	_, err := r.db.ExecContext(ctx, "SELECT 1")
	return err
}

func listUncached(ctx context.Context, r *Registry, dbs []string) { // want listUncached:"roundtrip"
	for range dbs {
		r.uncached(ctx) // want `r.uncached → \(\*sql.DB\).ExecContext in a loop: a database round trip per item`
	}
	for _, db := range dbs {
		r.localGuard(ctx, map[string]int{db: 1}) // want `r.localGuard → \(\*sql.DB\).ExecContext in a loop`
	}
}
