// Package ginapp reads request bodies in gin handlers.
package ginapp

import (
	"encoding/json"
	"io"
	"net/http"

	"github.com/gin-gonic/gin"
)

type user struct{ Name string }

func bindJSON(c *gin.Context) {
	var u user
	if err := c.ShouldBindJSON(&u); err != nil { // want `c.ShouldBindJSON reads the request body with no size limit \(one huge request exhausts memory\); wrap c.Request.Body in http.MaxBytesReader`
		return
	}
}

func bindJSONMust(c *gin.Context) {
	var u user
	c.BindJSON(&u) // want `c.BindJSON reads the request body`
}

func rawData(c *gin.Context) {
	data, _ := c.GetRawData() // want `c.GetRawData reads the request body`
	_ = data
}

func readAll(c *gin.Context) {
	data, _ := io.ReadAll(c.Request.Body) // want `io.ReadAll reads the request body with no size limit \(one huge request exhausts memory\); wrap c.Request.Body in http.MaxBytesReader`
	_ = data
}

// BindJSON is a helper of the whole service: reported once, here.
func BindJSON(c *gin.Context, obj any) error {
	body, err := io.ReadAll(c.Request.Body) // want `io.ReadAll reads the request body`
	if err != nil {
		return err
	}
	return json.Unmarshal(body, obj)
}

func upload(c *gin.Context) {
	fh, err := c.FormFile("file")
	if err != nil {
		return
	}
	f, _ := fh.Open()
	data, _ := io.ReadAll(f) // want `io.ReadAll reads an uploaded file`
	_ = data
}

// Negatives.

func bindForm(c *gin.Context) {
	var u user
	c.ShouldBind(&u)      // ok: form binding for GET requests, chosen at run time
	c.ShouldBindQuery(&u) // ok: the query string, bounded by the header limit
}

func limitedHere(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 1<<20)
	var u user
	c.ShouldBindJSON(&u) // ok: limited first
}

func limitedUpload(c *gin.Context) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, 8<<20)
	fh, err := c.FormFile("file")
	if err != nil {
		return
	}
	f, _ := fh.Open()
	data, _ := io.ReadAll(f) // ok: the request was limited
	_ = data
}
