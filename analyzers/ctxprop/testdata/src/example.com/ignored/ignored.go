package ignored

import (
	"context"
	"net/http"

	"example.com/ignored/alert"
	"example.com/ignored/queue"
)

type controller struct {
	a   *alert.Wrapped
	al  alert.Alerter
	pub *queue.Publisher
	in  *queue.Ingestor
}

// From hatchet: WrapErr alerts with context.Background; every Alerter in
// sight (the no-op, here) ignores its context.
func (c *controller) handle(ctx context.Context, err error) error {
	c.al.SendAlert(context.Background(), err, nil) // ok: the alerters in sight ignore their context
	return c.a.WrapErr(err, nil)                   // ok: WrapErr carries no fact
}

func (c *controller) publish(ctx context.Context) error {
	if err := c.in.Ingest("m"); err != nil { // want `c.in.Ingest calls i.mq.SendMessage with context.Background`
		return err
	}
	return c.pub.Publish("m") // want `c.pub.Publish calls p.q.Send with context.Background`
}

// From rekor: a callee that declares its context parameter blank.
type entry struct{}

func (e *entry) fetchExternal(_ context.Context) error { return nil }

func (e *entry) fetchUnused(ctx context.Context) error { return nil }

func (e *entry) fetchUsed(ctx context.Context) error { return ctx.Err() }

func (e *entry) canonicalize(ctx context.Context) error {
	if err := e.fetchExternal(context.Background()); err != nil { // ok: the callee ignores its context
		return err
	}
	if err := e.fetchUnused(context.Background()); err != nil { // ok: the callee never uses its context
		return err
	}
	if err := e.fetchDiscarding(context.Background()); err != nil { // want `context.Background\(\) discards the context in scope`
		return err
	}
	return e.fetchUsed(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// fetchDiscarding drops its context for a fresh one: that is reported
// inside, and once fixed it reads the context its callers pass, so they
// are told to pass theirs now (and -fix settles in one run).
func (e *entry) fetchDiscarding(ctx context.Context) error {
	return e.fetchUsed(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// A Context variant that ignores its context cancels nothing.
type store struct{}

func (s *store) Load(key string) error { return nil }

func (s *store) LoadContext(ctx context.Context, key string) error { return s.Load(key) } // want LoadContext:"ignoresContext"

func (s *store) Save(key string) error { return nil }

func (s *store) SaveContext(ctx context.Context, key string) error { return ctx.Err() }

func get(w http.ResponseWriter, r *http.Request, s *store) {
	_ = s.Load("k") // ok: LoadContext ignores its context
	_ = s.Save("k") // want `s.Save does not take the context in scope .*; use s.SaveContext`
}
