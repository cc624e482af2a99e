// Package fiber is a stub of github.com/gofiber/fiber/v2.
package fiber

import "net"

type App struct{}

func New() *App                                 { return nil }
func (app *App) Listener(ln net.Listener) error { return nil }

type Ctx struct{}

func (c *Ctx) Body() []byte                            { return nil }
func (c *Ctx) BodyParser(out any) error                { return nil }
func (c *Ctx) Query(key string, def ...string) string  { return "" }
func (c *Ctx) QueryInt(key string, def ...int) int     { return 0 }
func (c *Ctx) Params(key string, def ...string) string { return "" }
func (c *Ctx) JSON(data any) error                     { return nil }
