// Package singleflight is a minimal stub of golang.org/x/sync/singleflight.
package singleflight

type Group struct{}

type Result struct{}

func (g *Group) Do(key string, fn func() (any, error)) (v any, err error, shared bool) {
	v, err = fn()
	return v, err, false
}
