// Package echoapp reads request bodies in echo handlers.
package echoapp

import (
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

type user struct{ Name string }

func bind(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil { // want `c.Bind reads the request body with no size limit \(one huge request exhausts memory\); wrap c.Request\(\).Body in http.MaxBytesReader`
		return err
	}
	return c.JSON(http.StatusOK, u)
}

func webhook(ctx echo.Context) error {
	raw, err := io.ReadAll(ctx.Request().Body) // want `io.ReadAll reads the request body with no size limit \(one huge request exhausts memory\); wrap ctx.Request\(\).Body in http.MaxBytesReader`
	if err != nil {
		return err
	}
	_ = raw
	return nil
}

func viaVariable(c echo.Context) error {
	req := c.Request()
	raw, _ := io.ReadAll(req.Body) // want `io.ReadAll reads the request body`
	_ = raw
	return nil
}

// Negatives.

func limitedVariable(c echo.Context) error {
	req := c.Request()
	req.Body = http.MaxBytesReader(c.Response(), req.Body, 1<<20)
	var u user
	return c.Bind(&u) // ok: the same request's body was limited
}

func limitedDirect(c echo.Context) error {
	c.Request().Body = http.MaxBytesReader(c.Response(), c.Request().Body, 1<<20)
	raw, _ := io.ReadAll(c.Request().Body) // ok: limited first
	_ = raw
	return nil
}
