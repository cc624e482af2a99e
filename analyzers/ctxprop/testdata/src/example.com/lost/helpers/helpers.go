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
	ctx, cancel := context.WithTimeout(context.TODO(), time.Second)
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

func Ping(url string) error {
	_, err := http.Get(url) // the standard library makes its own context: not followed
	return err
}

func Later() {
	time.AfterFunc(time.Second, func() {
		store.ExecContext(context.Background(), "VACUUM")
	})
}
