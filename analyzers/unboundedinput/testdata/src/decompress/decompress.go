// Package decompress decompresses data from outside and from inside.
package decompress

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	_ "embed"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"

	kgzip "github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

func gunzipBody(w http.ResponseWriter, r *http.Request) {
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		return
	}
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from the request body with no limit \(a small bomb expands to gigabytes\); wrap the reader in io.LimitReader`
	_ = data
}

func gunzipLimitedBody(w http.ResponseWriter, r *http.Request) {
	// A limit on the compressed body does not limit what it expands to.
	zr, _ := gzip.NewReader(http.MaxBytesReader(w, r.Body, 1<<20))
	var v map[string]any
	json.NewDecoder(zr).Decode(&v) // want `json.NewDecoder decodes data decompressed from the request body`
}

func gunzipToFile(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("archive")
	if err != nil {
		return
	}
	zr, _ := gzip.NewReader(f)
	out, _ := os.Create("/tmp/out")
	io.Copy(out, zr) // want `io.Copy copies data decompressed from an uploaded file with no limit \(a small bomb expands to gigabytes\); use io.CopyN or io.LimitReader`
}

func inflateResponse(url string) []byte {
	resp, err := http.Get(url)
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	zr, _ := zlib.NewReader(resp.Body)
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from a response body`
	return data
}

func inflateConn(conn net.Conn) {
	fr := flate.NewReader(conn)
	var buf bytes.Buffer
	io.Copy(&buf, fr) // want `io.Copy copies data decompressed from a network connection`
}

func klauspost(w http.ResponseWriter, r *http.Request) {
	zr, _ := kgzip.NewReader(r.Body)
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from the request body`
	_ = data
	zd, _ := zstd.NewReader(r.Body)
	more, _ := io.ReadAll(zd) // want `io.ReadAll reads data decompressed from the request body`
	_ = more
}

func zstdDecodeAll(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	dec, _ := zstd.NewReader(nil)
	out, _ := dec.DecodeAll(body, nil) // want `dec.DecodeAll decompresses data from the request body with no limit \(a small bomb expands to gigabytes\); create the decoder with zstd.WithDecoderMaxMemory`
	_ = out
}

func zipUpload(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 10<<20))
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return
	}
	for _, f := range zr.File {
		rc, _ := f.Open()
		content, _ := io.ReadAll(rc) // want `io.ReadAll reads data decompressed from the request body`
		_ = content
		rc.Close()
	}
	first, _ := zr.File[0].Open()
	io.Copy(os.Stdout, first) // want `io.Copy copies data decompressed from the request body`
}

func tarGz(w http.ResponseWriter, r *http.Request) {
	zr, _ := gzip.NewReader(r.Body)
	tr := tar.NewReader(zr)
	for {
		if _, err := tr.Next(); err != nil {
			return
		}
		out, _ := os.Create("/tmp/entry")
		io.Copy(out, tr) // want `io.Copy copies data decompressed from the request body`
	}
}

func reset(w http.ResponseWriter, r *http.Request, zr *gzip.Reader) {
	zr.Reset(r.Body)
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from the request body`
	_ = data
}

func userNamedFile(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Open(r.FormValue("path"))
	zr, _ := gzip.NewReader(f)
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from a file the client names`
	_ = data
}

// Negatives.

//go:embed assets.json.gz
var assets []byte

func embedded() []byte {
	zr, _ := gzip.NewReader(bytes.NewReader(assets))
	data, _ := io.ReadAll(zr) // ok: the program's own data (gosec G110 reports it)
	return data
}

func ownFile() {
	f, _ := os.Open("testdata/fixture.gz")
	zr, _ := gzip.NewReader(f)
	io.Copy(os.Stdout, zr) // ok: a file the program owns
}

func localBytes(b []byte) {
	zr, _ := gzip.NewReader(bytes.NewReader(b))
	data, _ := io.ReadAll(zr) // ok: bytes whose origin is not known here
	_ = data
}

func copyN(w http.ResponseWriter, r *http.Request) {
	zr, _ := gzip.NewReader(r.Body)
	var buf bytes.Buffer
	io.CopyN(&buf, zr, 1<<20) // ok: at most 1 MB
}

func limitedDecompressed(w http.ResponseWriter, r *http.Request) {
	zr, _ := gzip.NewReader(r.Body)
	data, _ := io.ReadAll(io.LimitReader(zr, 1<<20)) // ok: limited after decompression
	_ = data
	lr := http.MaxBytesReader(nil, io.NopCloser(zr), 1<<20)
	more, _ := io.ReadAll(lr) // ok: MaxBytesReader as a plain limit (rekor's trick)
	_ = more
}

func discard(w http.ResponseWriter, r *http.Request) {
	zr, _ := gzip.NewReader(r.Body)
	io.Copy(io.Discard, zr) // ok: nothing is held
}

func stdin() {
	zr, _ := gzip.NewReader(os.Stdin)
	io.Copy(os.Stdout, zr) // ok: the user's own input, as gunzip does
}

func dialedStream(addr string) {
	conn, _ := net.Dial("tcp", addr)
	zr, _ := gzip.NewReader(conn)
	data, _ := io.ReadAll(zr) // want `io.ReadAll reads data decompressed from a connection the program dialed`
	_ = data
}
