package lost

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// Third-party code that makes its own context, with no variant taking one,
// leaves the caller nothing to pass its context to.
func notify(ctx context.Context, cfg sts.Config) {
	_ = sts.NewFromConfig(cfg) // ok: a third-party constructor with no Context variant
	_ = newSTS(cfg)            // ok: the fact does not flow up through a third-party call the caller cannot change
}

func newSTS(cfg sts.Config) *sts.Client { // ok: no fact
	return sts.NewFromConfig(cfg)
}

type batcher struct{ wg sync.WaitGroup }

func (b *batcher) processQueue() { // want processQueue:"freshContext"
	db.ExecContext(context.Background(), "INSERT")
}

func newBatcher() *batcher { // ok: starts the queue in its own goroutine; no fact
	b := &batcher{}
	b.wg.Go(func() {
		b.processQueue()
	})
	return b
}

func setupTracing(ctx context.Context) {
	_ = newBatcher() // ok: the fresh context is the batcher's lifetime
}
