// Package sts is a stub of the AWS SDK v2's STS client: its constructor
// resolves endpoint options with a fresh context, in memory.
package sts

import "context"

type Config struct{ Sources []any }

type resolver interface {
	GetUseDualStackEndpoint(ctx context.Context) (bool, error)
}

type Client struct{}

func NewFromConfig(cfg Config) *Client { // want NewFromConfig:"freshContext"
	resolveDualStack(cfg)
	return &Client{}
}

func resolveDualStack(cfg Config) { // want resolveDualStack:"freshContext"
	for _, s := range cfg.Sources {
		if r, ok := s.(resolver); ok {
			r.GetUseDualStackEndpoint(context.Background())
		}
	}
}
