package goroutine

import (
	"net/http"

	"golang.org/x/sync/errgroup"
)

func awaitedErrgroup(w http.ResponseWriter, r *http.Request) {
	var g errgroup.Group
	g.Go(func() error {
		return work(r.Context()) // ok: not a go statement; the group is awaited
	})
	_ = g.Wait()
}
