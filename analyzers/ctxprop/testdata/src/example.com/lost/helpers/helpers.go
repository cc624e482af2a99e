// Package helpers holds functions that make their own contexts.
package helpers

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

var store *sql.DB

func Load(id int) error { // want Load:"freshContext"
	_, err := store.QueryContext(context.Background(), "SELECT 1", id)
	return err
}

func LoadVia(id int) error { // want LoadVia:"freshContext"
	return inner(id)
}

func inner(id int) error { // want inner:"freshContext"
	ctx, cancel := context.WithCancel(context.TODO())
	defer cancel()
	_, err := store.ExecContext(ctx, "UPDATE", id)
	return err
}

type Repo struct{}

func (r *Repo) Get(id int) error { // want Get:"freshContext"
	return Load(id)
}

func Retrying(id int) error { // want Retrying:"freshContext"
	return retry(func() error {
		_, err := store.QueryContext(context.Background(), "SELECT 1")
		return err
	})
}

func retry(f func() error) error { return f() }

// Negatives: no fact.

func LoadCtx(ctx context.Context, id int) error {
	_, err := store.QueryContext(ctx, "SELECT 1", id)
	return err
}

func StartWorker() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel
	go func() { <-ctx.Done() }()
}

type Client struct{ ctx context.Context }

func NewClient() *Client {
	return &Client{ctx: context.Background()}
}

func Detach() context.Context {
	return context.Background()
}

func Cleanup() {
	defer store.ExecContext(context.Background(), "UNLOCK")
}

func Ping(url string) error { // want Ping:"freshContext"
	_, err := http.Get(url) // the request takes no context: the callers' are lost here
	return err
}

func Bounded(id int) error { // ok: the work after the caller has gone is bounded by its own timeout
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := store.ExecContext(ctx, "UPDATE", id)
	return err
}

func releaseLock(id int) { // ok: a release must run after cancellation
	store.ExecContext(context.Background(), "SELECT pg_advisory_unlock($1)", id)
}

type Service struct{}

func (s *Service) Stop(ctx context.Context) error { return nil } // want Stop:"ignoresContext"

func NewService() (*Service, error) { // ok: rolls back a failed setup with a fresh context
	s := &Service{}
	if err := setup(); err != nil {
		_ = s.Stop(context.Background())
		return nil, err
	}
	return s, nil
}

func setup() error { return nil }

func Release(id int) { // ok: named for cleanup, which must outlive cancellation
	releaseLock(id)
}

type Pool struct{}

func NewPool(ctx context.Context) (*Pool, error) { return &Pool{}, nil } // want NewPool:"ignoresContext"

func check(ctx context.Context, p *Pool) error {
	_, err := store.QueryContext(ctx, "SELECT 1")
	return err
}

func OpenPool() (*Pool, error) { // ok: the fresh context is the pool's lifetime; the check has its own timeout
	ctx := context.TODO()
	p, err := NewPool(ctx)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	return p, check(ctx, p)
}

func Ready(db *sql.DB) error { // want Ready:"freshContext"
	return db.Ping() // the first operation that loses the callers' contexts
}

func Later() {
	time.AfterFunc(time.Second, func() {
		store.ExecContext(context.Background(), "VACUUM")
	})
}

// Notify detaches on purpose, and says why: no fact.
func Notify(id int) error {
	// a separate context: the notice must be sent even if the caller has gone
	_, err := store.ExecContext(context.Background(), "NOTIFY", id)
	return err
}

// Announce says what, not why: the fact stays.
func Announce(id int) error { // want Announce:"freshContext"
	// send the notice
	_, err := store.ExecContext(context.Background(), "NOTIFY", id)
	return err
}
