// Package json is a minimal stub of github.com/goccy/go-json holding what ctxprop matches.
package json

import "context"

func Marshal(v any) ([]byte, error)                                  { return MarshalContext(context.Background(), v) }
func MarshalContext(ctx context.Context, v any) ([]byte, error)      { return nil, nil }
func Unmarshal(data []byte, v any) error                             { return UnmarshalContext(context.Background(), data, v) }
func UnmarshalContext(ctx context.Context, data []byte, v any) error { return nil }
