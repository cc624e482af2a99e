// Package varapi is a user API with and without context variants.
package varapi

import "context"

func Fetch(url string) ([]byte, error)                                 { return nil, nil }
func FetchWithContext(ctx context.Context, url string) ([]byte, error) { return nil, nil }

// Notify has a Context variant whose parameters differ.
func Notify(ch chan<- int, n int)              {}
func NotifyContext(ctx context.Context, n int) {}

// Hidden's variant is unexported.
func Hidden(n int)                             {}
func hiddenContext(ctx context.Context, n int) {}

// Close has no variant at all.
func Close() {}

type Client[T any] struct{}

func (c *Client[T]) Put(v T) error                             { return nil }
func (c *Client[T]) PutContext(ctx context.Context, v T) error { return nil }
