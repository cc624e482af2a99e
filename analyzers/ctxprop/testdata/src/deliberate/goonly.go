package deliberate

import (
	"context"
	"time"
)

type server struct{ d *dispatcher }

// From openfga: shadowCheck runs only as a goroutine started after the
// response; its fresh context is its own.
func (s *server) check(ctx context.Context) {
	go s.shadowCheck(ctx, 1)
}

func (s *server) shadowCheck(ctx context.Context, n int) {
	sctx, cancel := context.WithTimeout(context.Background(), time.Second) // ok: runs only as a goroutine of its own
	defer cancel()
	_ = s.d.send(sctx)
}

// From openfga: the goroutine is a function literal that calls it.
func (s *server) invalidateIfNeeded(ctx context.Context) {
	go func() {
		s.invalidate(ctx)
	}()
}

func (s *server) invalidate(parent context.Context) {
	_ = s.d.send(context.Background()) // ok: runs only in a goroutine started for it
}

// Also called synchronously.
func (s *server) both(ctx context.Context) {
	go s.audit(ctx)
	s.audit(ctx)
}

func (s *server) audit(ctx context.Context) {
	_ = s.d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// Exported: other packages may call it synchronously.
func (s *server) start(ctx context.Context) {
	go s.Run(ctx)
}

func (s *server) Run(ctx context.Context) {
	_ = s.d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}

// The arguments of a go statement's call are evaluated before it starts.
func (s *server) spawn(ctx context.Context) {
	go s.consume(s.prepare(ctx))
}

func (s *server) prepare(ctx context.Context) int {
	_ = s.d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
	return 1
}

func (s *server) consume(n int) {}

// A method value may be called anywhere.
func (s *server) schedule(ctx context.Context) {
	f := s.poll
	go f(ctx)
}

func (s *server) poll(ctx context.Context) {
	_ = s.d.send(context.Background()) // want `context.Background\(\) discards the context in scope`
}
