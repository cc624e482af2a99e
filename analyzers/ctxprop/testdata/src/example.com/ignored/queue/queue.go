// Package queue is a message queue interface with one implementation that
// waits on its context, and one whose implementations are all elsewhere.
package queue

import (
	"context"
	"database/sql"
)

type Queue interface {
	Send(ctx context.Context, msg string) error
}

type dbQueue struct{ db *sql.DB }

func (q *dbQueue) Send(ctx context.Context, msg string) error {
	_, err := q.db.ExecContext(ctx, "INSERT", msg)
	return err
}

func NewDB(db *sql.DB) Queue { return &dbQueue{db: db} }

type Publisher struct{ q Queue }

// Publish reaches dbQueue.Send, which waits on its context.
func (p *Publisher) Publish(msg string) error { // want Publish:"freshContext"
	return p.q.Send(context.Background(), msg)
}

// Remote is implemented in packages this one cannot see (as hatchet's
// message queue, implemented by its rabbitmq and postgres packages).
type Remote interface {
	SendMessage(ctx context.Context, msg string) error
}

type Ingestor struct{ mq Remote }

// Ingest carries the fact: with no implementation in sight, SendMessage is
// assumed to use its context.
func (i *Ingestor) Ingest(msg string) error { // want Ingest:"freshContext"
	return i.mq.SendMessage(context.Background(), msg)
}
