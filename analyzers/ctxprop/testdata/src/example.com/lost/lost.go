package lost

import (
	"context"
	"database/sql"
	"net/http"

	"example.com/lost/helpers"
)

var db *sql.DB

func handler(w http.ResponseWriter, r *http.Request) {
	helpers.Load(1)    // want `helpers.Load makes its own context with context.Background \(the context in scope is lost\); pass r.Context\(\) to it`
	helpers.LoadVia(1) // want `helpers.LoadVia makes its own context with context.TODO`
	var repo helpers.Repo
	repo.Get(1)                     // want `repo.Get makes its own context with context.Background`
	helpers.Retrying(1)             // want `helpers.Retrying makes its own context`
	localLoad()                     // want `localLoad makes its own context with context.Background \(the context in scope is lost\); pass r.Context\(\) to it`
	viaLocal()                      // want `viaLocal makes its own context with context.Background`
	noCtx()                         // want `noCtx makes its own context`
	helpers.LoadCtx(r.Context(), 1) // ok: the context is passed on
	helpers.StartWorker()           // ok: starts a goroutine; its context is the worker's lifetime
	helpers.NewClient()             // ok: the fresh context is stored in the client
	helpers.Detach()                // ok: returns a context; the caller decides
	helpers.Cleanup()               // ok: the fresh context is used in a defer
	helpers.Ping("http://x")        // ok: calls into the standard library are not followed
	helpers.Later()                 // ok: the fresh context is made in a callback that runs later
	go helpers.Load(2)              // ok: runs in a new goroutine
}

func service(ctx context.Context) {
	helpers.Load(1) // want `helpers.Load makes its own context with context.Background \(the context in scope is lost\); pass ctx to it`
	func() {
		localLoad() // want `localLoad makes its own context`
	}()
}

func localLoad() { // want localLoad:"freshContext"
	db.ExecContext(context.Background(), "UPDATE")
}

func viaLocal() { // want viaLocal:"freshContext"
	localLoad()
}

func noCtx() { // want noCtx:"freshContext"
	helpers.Load(3) // ok: no context in scope here; noCtx itself carries the fact
}
