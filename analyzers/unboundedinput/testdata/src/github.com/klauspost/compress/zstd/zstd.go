// Package zstd is a stub of github.com/klauspost/compress/zstd.
package zstd

import "io"

type DOption func(*Decoder) error

type Decoder struct{}

func NewReader(r io.Reader, opts ...DOption) (*Decoder, error) { return nil, nil }
func (d *Decoder) Read(p []byte) (int, error)                  { return 0, nil }
func (d *Decoder) Reset(r io.Reader) error                     { return nil }
func (d *Decoder) DecodeAll(input, dst []byte) ([]byte, error) { return nil, nil }
func (d *Decoder) Close()                                      {}
func WithDecoderMaxMemory(n uint64) DOption                    { return nil }
