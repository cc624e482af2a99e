package main

import (
	"context"

	"example.com/lost/helpers"
)

func main() {
	helpers.Load(1) // ok: main has no context in scope
	ctx := context.Background()
	_ = helpers.LoadCtx(ctx, 1)
}

func init() {
	helpers.Load(2) // ok: init has no context in scope
}
