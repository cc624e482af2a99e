// Handlers of web frameworks have a request context, as net/http's do:
// gin's *Context (c.Request.Context()), echo's Context
// (c.Request().Context()) and fiber's *Ctx (c.UserContext()).
package frameworks

import (
	"context"
	"database/sql"

	"example.com/fakegin"
	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

type User struct{ Name string }

type Server struct{ db *sql.DB }

func (s *Server) loadSession(ctx context.Context, id string) (*User, error) {
	var u User
	err := s.db.QueryRowContext(ctx, "SELECT name FROM sessions WHERE id = $1", id).Scan(&u.Name)
	return &u, err
}

// A health probe that pings the database with no context hangs with it.
func (s *Server) health(c *gin.Context) {
	if err := s.db.Ping(); err != nil { // want `s.db.Ping does not take the context in scope \(it ignores deadline and cancellation\); use s.db.PingContext`
		c.JSON(503, nil)
	}
}

// A session lookup on every authenticated request, with a fresh context.
func (s *Server) session(c echo.Context) (*User, error) {
	return s.loadSession(context.TODO(), c.Param("sid")) // want `context.TODO\(\) discards the context in scope \(deadline and cancellation are lost\); use c.Request\(\).Context\(\)`
}

func (s *Server) profile(c echo.Context) error {
	var name string
	err := s.db.QueryRow("SELECT name FROM users WHERE id = $1", c.Param("id")).Scan(&name) // want `s.db.QueryRow does not take the context in scope`
	if err != nil {
		return err
	}
	return c.JSON(200, name)
}

func (s *Server) fiberUser(c *fiber.Ctx) error {
	if _, err := s.loadSession(context.Background(), c.Params("sid")); err != nil { // want `context.Background\(\) discards the context in scope .*; use c.UserContext\(\)`
		return c.SendStatus(401)
	}
	return nil
}

func (s *Server) routes(r *gin.Engine) {
	r.GET("/user/:id", func(c *gin.Context) {
		u, _ := s.loadSession(context.Background(), c.Param("id")) // want `context.Background\(\) discards the context in scope .*; use c.Request.Context\(\)`
		c.JSON(200, u)
	})
}

func (s *Server) notify(ctx context.Context, id string) {
	_, _ = s.loadSession(ctx, id)
}

// The request's context dies when the handler returns.
func (s *Server) created(c *gin.Context) {
	go s.notify(c.Request.Context(), c.Param("id")) // want `c.Request.Context\(\) is passed to a goroutine that outlives the handler \(cancelled when it returns\); use context.WithoutCancel`
	c.JSON(201, nil)
}

func (s *Server) echoCreated(c echo.Context) error {
	ctx, cancel := context.WithCancel(c.Request().Context())
	defer cancel()
	go s.notify(ctx, c.Param("id")) // want `ctx, derived from c.Request\(\).Context\(\), is passed to a goroutine that outlives the handler`
	return nil
}

func (s *Server) fiberCreated(c *fiber.Ctx) error {
	go s.notify(c.UserContext(), c.Params("id")) // want `c.UserContext\(\) is passed to a goroutine that outlives the handler`
	return nil
}

// Not a handler: its caller may wait for the goroutine.
func (s *Server) startNotify(c echo.Context, id string) {
	go s.notify(c.Request().Context(), id)
}

// --- Look-alikes that are fine ---

// gin's *Context is a context.Context: passing it is passing the request's.
func (s *Server) ready(c *gin.Context) {
	if err := s.db.PingContext(c); err != nil {
		c.JSON(503, nil)
	}
}

// A goroutine that outlives the handler needs a context of its own.
func (s *Server) audit(c *gin.Context) {
	go func() {
		_, _ = s.loadSession(context.Background(), "audit")
	}()
}

// A type named Context that is no framework's request scope.
func (s *Server) fake(c fakegin.Context) error {
	return s.db.Ping()
}

// A blank request context says the request is deliberately unused.
func (s *Server) blank(_ *gin.Context) {
	_ = s.db.Ping()
}

// Middleware constructors run at startup, not in a request.
func (s *Server) auth() gin.HandlerFunc {
	_ = s.db.Ping()
	return func(c *gin.Context) {}
}

// A context.Context parameter wins over the framework's.
func (s *Server) both(ctx context.Context, c echo.Context) error {
	_, err := s.loadSession(context.TODO(), c.Param("sid")) // want `context.TODO\(\) discards the context in scope .*; use ctx`
	return err
}
