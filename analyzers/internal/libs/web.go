// Web frameworks: the per-request context types their handlers take
// instead of net/http's (w, r).

package libs

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Import paths of the web frameworks.
const (
	GinPath   = "github.com/gin-gonic/gin"
	EchoPath  = "github.com/labstack/echo/v4"
	FiberPath = "github.com/gofiber/fiber/v2"
)

// A RequestScope is a framework's per-request context type.
type RequestScope struct {
	Path, Type string
	Pointer    bool // handlers take *Type
	// Context is what follows a variable of the type to give the request's
	// context.Context, as code would write it: gin's *Context is itself a
	// context.Context, but its Done and Deadline are those of the request
	// only when the engine sets ContextWithFallback, so the request's own
	// context is the reliable one.
	Context string
	// ServerRequest says that the type carries the *http.Request the
	// server received (fiber, on fasthttp, has none).
	ServerRequest bool
}

// requestScopes were checked against gin v1.9, echo v4 and fiber v2.
// chi, gorilla/mux and the standard library's ServeMux hand handlers a
// plain *http.Request.
var requestScopes = []RequestScope{
	{Path: GinPath, Type: "Context", Pointer: true, Context: ".Request.Context()", ServerRequest: true},
	{Path: EchoPath, Type: "Context", Context: ".Request().Context()", ServerRequest: true}, // an interface
	{Path: FiberPath, Type: "Ctx", Pointer: true, Context: ".UserContext()"},
}

// RequestScopeOf returns the framework request context that t is (gin's
// *Context, echo's Context, fiber's *Ctx, through aliases), or nil.
func RequestScopeOf(t types.Type) *RequestScope {
	if t == nil {
		return nil
	}
	for i, s := range requestScopes {
		u := t
		if s.Pointer {
			p, ok := types.Unalias(t).(*types.Pointer)
			if !ok {
				continue
			}
			u = p.Elem()
		}
		if match.IsNamed(u, s.Path, s.Type) {
			return &requestScopes[i]
		}
	}
	return nil
}
