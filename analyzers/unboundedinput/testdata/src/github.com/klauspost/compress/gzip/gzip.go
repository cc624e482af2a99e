// Package gzip is a stub of github.com/klauspost/compress/gzip.
package gzip

import "io"

type Reader struct{}

func NewReader(r io.Reader) (*Reader, error) { return nil, nil }
func (z *Reader) Read(p []byte) (int, error) { return 0, nil }
func (z *Reader) Close() error               { return nil }
