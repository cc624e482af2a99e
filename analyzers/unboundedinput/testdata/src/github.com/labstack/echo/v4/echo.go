// Package echo is a stub of github.com/labstack/echo/v4.
package echo

import (
	"mime/multipart"
	"net/http"
)

type Context interface {
	Request() *http.Request
	Response() http.ResponseWriter
	Bind(i any) error
	QueryParam(name string) string
	Param(name string) string
	FormValue(name string) string
	FormFile(name string) (*multipart.FileHeader, error)
	JSON(code int, i any) error
}

type HandlerFunc func(c Context) error

type MiddlewareFunc func(next HandlerFunc) HandlerFunc

type Echo struct{}

func New() *Echo                        { return nil }
func (e *Echo) Use(m ...MiddlewareFunc) {}
