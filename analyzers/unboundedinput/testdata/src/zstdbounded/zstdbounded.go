// Package zstdbounded sets a decoder memory limit.
package zstdbounded

import (
	"io"
	"net/http"

	"github.com/klauspost/compress/zstd"
)

var dec, _ = zstd.NewReader(nil, zstd.WithDecoderMaxMemory(64<<20))

func decode(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	out, _ := dec.DecodeAll(body, nil) // ok: the decoder has a memory limit
	_ = out
}
