// Package open registers apiv1's handlers with no limit.
package open

import (
	"net/http"

	"example.com/mail/apiv1"
	"github.com/gin-gonic/gin"
)

func Routes(e *gin.Engine) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/tags", apiv1.Tags) // want `handler apiv1.Tags reads the request body with no size limit \(apiv1.go:21; one huge request exhausts memory\); limit it with http.MaxBytesReader`
	e.POST("/login", apiv1.Login)       // want `handler apiv1.Login reads the request body with no size limit \(apiv1.go:28;`
	apiv1.Chaos(nil, nil)               // ok: a call, not a registration
	return mux
}
