// Package gin is a stub of github.com/gin-gonic/gin.
package gin

import (
	"net/http"
	"time"
)

type HandlerFunc func(*Context)

// Context is itself a context.Context, as gin's is.
type Context struct {
	Request *http.Request
}

func (c *Context) JSON(code int, obj any)                  {}
func (c *Context) Param(key string) string                 { return "" }
func (c *Context) Deadline() (deadline time.Time, ok bool) { return time.Time{}, false }
func (c *Context) Done() <-chan struct{}                   { return nil }
func (c *Context) Err() error                              { return nil }
func (c *Context) Value(key any) any                       { return nil }

type Engine struct{}

func New() *Engine                                  { return nil }
func (e *Engine) GET(path string, h ...HandlerFunc) {}
