// want package:"bodylimit"

// Package ginlimited limits bodies with gin-contrib/size.
package ginlimited

import (
	limits "github.com/gin-contrib/size"
	"github.com/gin-gonic/gin"
)

func Router() *gin.Engine {
	r := gin.New()
	r.Use(limits.RequestSizeLimiter(1 << 20))
	r.POST("/users", create)
	return r
}

func create(c *gin.Context) {
	var v map[string]any
	c.ShouldBindJSON(&v) // ok: the router limits every body
}
