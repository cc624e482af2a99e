// Command fxmain delegates its lifetime to fx, whose Run stops the
// application on SIGTERM.
package main

import (
	"net/http"

	"go.uber.org/fx"
)

func main() {
	fx.New(fx.Invoke(func() {
		go http.ListenAndServe(":8080", nil) // ok: fx.App.Run handles signals
	})).Run()
}
