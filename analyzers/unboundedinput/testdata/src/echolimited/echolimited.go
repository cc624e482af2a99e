// want package:"bodylimit"

// Package echolimited limits bodies in an echo middleware of its own.
package echolimited

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

func limit(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Request().Body = http.MaxBytesReader(c.Response(), c.Request().Body, 1<<20)
		return next(c)
	}
}

func hook(c echo.Context) error {
	raw, _ := io.ReadAll(c.Request().Body) // ok: the package's middleware limits every body
	_ = raw
	return nil
}
