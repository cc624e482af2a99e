// Command echomain serves through echo, whose Start serves with an
// http.Server (its fact says so).
package main

import (
	"log"

	"github.com/labstack/echo/v4"
)

func main() {
	e := echo.New()
	if err := e.Start(":8080"); err != nil { // want `e.Start serves with no graceful shutdown \(via \(\*http.Server\).ListenAndServe; a deploy cuts the requests in flight\); stop it on SIGTERM`
		log.Print(err)
	}
}
