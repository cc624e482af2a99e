// Package fiber is a stub of github.com/gofiber/fiber/v2.
package fiber

import "context"

type Ctx struct{}

func (c *Ctx) UserContext() context.Context { return nil }
func (c *Ctx) Params(key string) string     { return "" }
func (c *Ctx) SendStatus(status int) error  { return nil }

type Handler = func(*Ctx) error
