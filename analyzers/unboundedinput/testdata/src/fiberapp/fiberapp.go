// Package fiberapp reads requests in fiber handlers.
package fiberapp

import (
	"bytes"
	"compress/gzip"
	"io"
	"strconv"

	"github.com/gofiber/fiber/v2"
)

type user struct{ Name string }

func create(c *fiber.Ctx) error {
	var u user
	if err := c.BodyParser(&u); err != nil { // ok: fasthttp's BodyLimit bounds every body
		return err
	}
	data := c.Body() // ok: likewise
	_ = data
	return c.JSON(u)
}

func list(c *fiber.Ctx) error {
	items := make([]user, 0, c.QueryInt("limit")) // want `make takes its size c.QueryInt\("limit"\) from the request with no upper bound \(one request can exhaust memory\); check it against a maximum first`
	n, _ := strconv.Atoi(c.Query("n"))
	more := make([]user, n) // want `make takes its size n from the request`
	_, _ = items, more
	return nil
}

func gunzip(c *fiber.Ctx) error {
	zr, _ := gzip.NewReader(bytes.NewReader(c.Body()))
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from the request body with no limit`
	_ = data
	return nil
}
