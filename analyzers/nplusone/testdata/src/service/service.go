// Package service calls store across the package boundary.
package service

import (
	"context"

	"store"
)

type Post struct{ AuthorID int }

func _(ctx context.Context, s *store.Store, posts []Post) {
	for _, p := range posts {
		s.AuthorByID(ctx, p.AuthorID)   // want `^s\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop: a database round trip per item \(N\+1 query\); batch it: one query with IN / ANY\(\$1\) or a join$`
		store.Load(ctx, s, p.AuthorID)  // want `^store\.Load → \(\*store\.Store\)\.Author → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop`
		_ = s.Cached(p.AuthorID)        // ok: no round trip
		_ = s.Name(nil)                 // ok: no round trip
		s.Register(map[string]func(){}) // ok: stores a closure, no round trip
	}
}

// Generic functions and methods of generic types.
func _(ctx context.Context, r *store.Repo[store.Author], posts []Post) {
	for _, p := range posts {
		r.Get(ctx, p.AuthorID)                          // want `^r\.Get → \(\*sql\.DB\)\.QueryRowContext in a loop`
		store.Fetch[store.Author](ctx, nil, p.AuthorID) // want `store\.Fetch\[store\.Author\] → \(\*sql\.DB\)\.QueryRowContext in a loop`
	}
}

// A helper in this package reaching the store: the chain goes on.
func authorName(ctx context.Context, s *store.Store, id int) string { // want authorName:"roundtrip"
	a, _ := s.Author(ctx, id)
	return a.Name
}

func _(ctx context.Context, s *store.Store, posts []Post) []string {
	var names []string
	for _, p := range posts {
		names = append(names, authorName(ctx, s, p.AuthorID)) // want `^authorName → \(\*store\.Store\)\.Author → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop`
	}
	return names
}

// A closure variable and a method value.
func _(ctx context.Context, s *store.Store, posts []Post) {
	load := func(id int) { s.AuthorByID(ctx, id) }
	byID := s.AuthorByID
	for _, p := range posts {
		load(p.AuthorID)      // want `^load → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop`
		byID(ctx, p.AuthorID) // want `^byID → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop`
	}
}

// A goroutine inside the callee still makes a round trip per call.
func _(ctx context.Context, s *store.Store, posts []Post) {
	for _, p := range posts {
		s.Async(ctx, p.AuthorID) // want `s\.Async → \(\*store\.Store\)\.AuthorByID → \(\*sql\.DB\)\.QueryRowContext in a loop`
	}
}

// Negatives.

func _(ctx context.Context, s *store.Store, posts []Post) {
	// ok: a closure reassigned to one without a round trip is not followed
	load := func(id int) { s.AuthorByID(ctx, id) }
	load = func(id int) {}
	for _, p := range posts {
		load(p.AuthorID)
	}
	// ok: the round trip is before the loop
	a, _ := s.AuthorByID(ctx, 1)
	for range posts {
		_ = s.Name(a)
	}
}
