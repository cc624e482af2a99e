package closewrite

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"compress/zlib"
	"database/sql"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
)

func _(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // want `deferred f.Close drops its error \(written data may be lost\); check it on the success path`
	_, err = f.Write(data)
	return err
}

func _(name string, data []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err
	}
	f.Close() // want `error from f.Close is dropped \(written data may be lost\)`
	return nil
}

func _(name string) {
	f, err := os.OpenFile(name, os.O_RDWR, 0)
	if err != nil {
		return
	}
	f.Sync()  // want `error from f.Sync is dropped \(written data may be lost\)`
	f.Close() // want `error from f.Close is dropped`
}

func _(dir string) {
	f, err := os.CreateTemp(dir, "x")
	if err != nil {
		return
	}
	defer f.Close() // want `deferred f.Close drops its error`
}

func _(w io.Writer, tx *sql.Tx, data []byte) error {
	bw := bufio.NewWriter(w)
	bw.Write(data) // ok: bufio errors are sticky and come back from Flush
	bw.Flush()     // want `error from bw.Flush is dropped`
	zw := gzip.NewWriter(w)
	defer zw.Close() // want `deferred zw.Close drops its error`
	zl := zlib.NewWriter(w)
	zl.Close() // want `error from zl.Close is dropped`
	zr := zip.NewWriter(w)
	zr.Close() // want `error from zr.Close is dropped`
	tw := tar.NewWriter(w)
	tw.Flush()       // want `error from tw.Flush is dropped`
	defer tw.Close() // want `deferred tw.Close drops its error`
	tx.Commit()      // want `error from tx.Commit is dropped`
	var wc io.WriteCloser
	wc.Close() // want `error from wc.Close is dropped`
	return nil
}

func _(w io.Writer) {
	zw := gzip.NewWriter(w)
	zw.Close() // ok: no error result to report it through (unlike a file, deferred or not)
}

type embedsWriter struct{ *bufio.Writer }

func _(e embedsWriter) error {
	e.Flush() // want `error from e.Flush is dropped`
	return nil
}

type localWriter struct{}

func (localWriter) Write(p []byte) (int, error) { return len(p), nil }
func (localWriter) Close() error                { return nil }

func _(lw localWriter) error {
	lw.Close() // ok: a writer of this package; its author knows where its errors go
	return nil
}

// Closes that cannot lose data.
func _(name string, resp *http.Response, rows *sql.Rows, tx *sql.Tx, conn net.Conn, pr *io.PipeReader, pw *io.PipeWriter, rc io.ReadCloser, param *os.File) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	defer f.Close() // ok: read-only file
	g, err := os.OpenFile(name, os.O_RDONLY, 0)
	if err != nil {
		return
	}
	g.Close()               // ok: read-only file
	defer resp.Body.Close() // ok: response body
	resp.Body.Close()       // ok: response body
	defer rows.Close()      // ok: rows
	defer tx.Rollback()     // ok: rollback
	tx.Rollback()           // ok: rollback is best-effort undo
	conn.Close()            // ok: a connection has a reader side
	pr.Close()              // ok: pipes never fail to close
	pw.Close()              // ok: pipes never fail to close
	rc.Close()              // ok: reader
	param.Close()           // ok: where the file came from is not known here
}

func _(name string, write bool) {
	flag := os.O_RDONLY
	if write {
		flag = os.O_WRONLY
	}
	f, err := os.OpenFile(name, flag, 0)
	if err != nil {
		return
	}
	defer f.Close() // ok: flags not constant, may be read-only
	h, err := os.Create(name)
	if err != nil {
		return
	}
	if h, err = os.Open(name); err != nil {
		return
	}
	h.Close() // ok: h may be the read-only file
}

// The deferred Close is a safety net when Close is checked on the success path.
func _(name string, data []byte) (err error) {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // ok: checked below
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Close()
}

func _(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close() // ok: Sync is checked, so the data is on disk
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

func _(w io.Writer) error {
	zw := gzip.NewWriter(w)
	defer zw.Close() // ok: checked in the closure below
	defer func() {
		if err := zw.Close(); err != nil {
			println(err)
		}
	}()
	return nil
}

func _(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close() // ok: on the error path; the write error is returned
		return err
	}
	return f.Close()
}

type conn struct{ bw *bufio.Writer }

func (c *conn) finish() {
	c.bw.Flush() // ok: a field; whoever owns it knows where it writes
}

// Writers into memory: their Close has no device to fail on.
func _(w io.Writer, data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	defer zw.Close() // ok: gzip into a bytes.Buffer
	tw := tar.NewWriter(zw)
	tw.Close() // ok: tar into gzip into a bytes.Buffer
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	bw.Flush() // ok: into a strings.Builder
	out := new(bytes.Buffer)
	zr := zip.NewWriter(out)
	zr.Close() // ok: into a *bytes.Buffer
	fw := gzip.NewWriter(w)
	fw.Close() // want `error from fw.Close is dropped`
	mixed := gzip.NewWriter(&buf)
	mixed = gzip.NewWriter(w)
	mixed.Close() // want `error from mixed.Close is dropped`
	return buf.Bytes(), nil
}
