// Package run is a minimal stub of github.com/oklog/run holding what shutdown matches.
package run

import (
	"context"
	"os"
)

type Group struct{}

func (g *Group) Add(execute func() error, interrupt func(error)) {}
func (g *Group) Run() error                                      { return nil }

func SignalHandler(ctx context.Context, signals ...os.Signal) (execute func() error, interrupt func(error)) {
	return nil, nil
}
