// Package gin is a stub of github.com/gin-gonic/gin.
package gin

import (
	"mime/multipart"
	"net/http"
)

type HandlerFunc func(*Context)

type Context struct {
	Request *http.Request
	Writer  http.ResponseWriter
}

func (c *Context) Next()                                               {}
func (c *Context) Bind(obj any) error                                  { return nil }
func (c *Context) ShouldBind(obj any) error                            { return nil }
func (c *Context) BindJSON(obj any) error                              { return nil }
func (c *Context) ShouldBindJSON(obj any) error                        { return nil }
func (c *Context) ShouldBindXML(obj any) error                         { return nil }
func (c *Context) ShouldBindQuery(obj any) error                       { return nil }
func (c *Context) GetRawData() ([]byte, error)                         { return nil, nil }
func (c *Context) Query(key string) string                             { return "" }
func (c *Context) DefaultQuery(key, def string) string                 { return "" }
func (c *Context) Param(key string) string                             { return "" }
func (c *Context) GetHeader(key string) string                         { return "" }
func (c *Context) FormFile(name string) (*multipart.FileHeader, error) { return nil, nil }
func (c *Context) JSON(code int, obj any)                              {}

type Engine struct{}

func New() *Engine                                   { return nil }
func (e *Engine) Use(h ...HandlerFunc)               {}
func (e *Engine) POST(path string, h ...HandlerFunc) {}
