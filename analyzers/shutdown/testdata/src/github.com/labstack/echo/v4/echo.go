// Package echo is a minimal stub of github.com/labstack/echo/v4 holding what
// shutdown matches. Start is not in shutdown's tables: its fact tells that it
// serves, as the real one's body does.
package echo

import (
	"context"
	"net/http"
)

type Echo struct {
	Server *http.Server
}

func New() *Echo { return &Echo{Server: new(http.Server)} }

func (e *Echo) Start(address string) error {
	e.Server.Addr = address
	return e.Server.ListenAndServe()
}

func (e *Echo) Shutdown(ctx context.Context) error { return e.Server.Shutdown(ctx) }
func (e *Echo) Close() error                       { return e.Server.Close() }
