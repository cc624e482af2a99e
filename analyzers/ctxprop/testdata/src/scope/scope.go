package scope

import (
	"context"
	"database/sql"
	"net/http"
	"sync"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/singleflight"
)

var db *sql.DB

var group singleflight.Group

func shared(ctx context.Context, key string) {
	group.Do(key, func() (any, error) {
		return db.ExecContext(context.Background(), "REFRESH") // ok: shared by callers; detached on purpose
	})
}

func once(ctx context.Context) func() {
	return sync.OnceFunc(func() {
		db.ExecContext(context.Background(), "INIT") // ok: runs later, at the first call
	})
}

func errgroupGo(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		_, err := db.QueryContext(context.Background(), "SELECT 1") // want `context.Background\(\) discards .*; use ctx`
		return err
	})
	_ = gctx
	return g.Wait()
}

func handlerFuncConversion(ctx context.Context) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		db.Ping() // ok: the handler runs later; its own request is blank
	})
}

func innerContext(ctx context.Context) {
	run := func(ictx context.Context) {
		db.Ping() // want `db.Ping does not take .*; use db.PingContext`
	}
	run(ctx)
}

func blankInner(ctx context.Context) {
	run := func(_ context.Context) {
		db.Ping() // ok: the closure deliberately ignores its context
	}
	run(ctx)
}

type holder struct{ f func() }

func storedInField(ctx context.Context, h *holder) {
	h.f = func() {
		db.Ping() // ok: stored in a field, may run after ctx is gone
	}
}

func varDecl(ctx context.Context) {
	var f = func() {
		db.Ping() // want `db.Ping does not take`
	}
	f()
}
