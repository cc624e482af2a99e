// Package propagation is a stub of go.opentelemetry.io/otel/propagation.
package propagation

import "context"

type TextMapCarrier interface {
	Get(key string) string
}

type MapCarrier map[string]string

func (c MapCarrier) Get(key string) string { return c[key] }

type TextMapPropagator interface {
	Extract(ctx context.Context, carrier TextMapCarrier) context.Context
}
