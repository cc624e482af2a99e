// Package stdregress holds reduced versions of standard-library code read
// during the std sweep: what a careful reviewer would fix, and what not.
package stdregress

import (
	"bufio"
	"compress/gzip"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"syscall"
)

// internal/profile: the gzip footer is written by Close; its error is lost.
func WriteProfile(w io.Writer, data []byte) error {
	zw := gzip.NewWriter(w)
	defer zw.Close() // want `deferred zw.Close drops its error`
	_, err := zw.Write(data)
	return err
}

// testing.(*M).after: a profile written to a file, Close unchecked.
func WriteMemProfile(name string, write func(io.Writer) error) {
	f, err := os.Create(name)
	if err != nil {
		fmt.Fprintf(os.Stderr, "testing: %s\n", err)
		return
	}
	if err = write(f); err != nil {
		fmt.Fprintf(os.Stderr, "testing: %s\n", err)
		f.Close() // ok: in a branch taken on an error
		return
	}
	f.Close() // want `error from f.Close is dropped \(written data may be lost\)`
}

// crypto/tls: an alert sent before returning the handshake error.
func handshake(c *tls.Conn, err error) error {
	if errors.Is(err, os.ErrNotExist) {
		c.Close() // ok: Close of a connection
	} else {
		c.Handshake() // ok: the error is returned after the if
	}
	return err
}

// net/http server: flushing a connection's buffered writer held in a field.
type conn struct{ bufw *bufio.Writer }

func (c *conn) finish() error {
	c.bufw.Flush() // ok: a field; the connection is going away
	return nil
}

// text/template HTMLEscape: a printer handed an io.Writer, no error result.
func escape(w io.Writer, b []byte) {
	w.Write(b) // ok: nowhere to report it
}

// flag.(*FlagSet).PrintDefaults-style printer that returns an error.
func printHelp(w io.Writer) error {
	fmt.Fprintln(w, "usage") // ok: a plain io.Writer, its owner checks it
	return nil
}

// net/http/client: draining a body before reuse.
func drain(resp *http.Response) error {
	io.CopyN(io.Discard, resp.Body, 2<<10) // ok: a drain
	return resp.Body.Close()
}

// syscall: Errno is a status number, read on its own terms.
func rawClose(fd uintptr) error {
	syscall.RawSyscall(syscall.SYS_CLOSE, fd, 0, 0) // ok: Errno is not an error result here
	return nil
}

// os: closing a descriptor.
func closeFD(fd int) error {
	syscall.Close(fd) // ok: closing a descriptor
	return nil
}

// debug/elf: a section's data read with its error dropped, then parsed.
type section interface{ Data() ([]byte, error) }

func versions(vd section) (int, error) {
	d, _ := vd.Data() // want `error from vd.Data is discarded but d is used`
	return len(d), nil
}

// net/http client: a redirect Location parsed and compared with nil.
func location(loc string, parse func(string) (*int, error)) error {
	if u, _ := parse(loc); u != nil { // ok: compared with nil before use
		return nil
	}
	return nil
}

// compress/gzip: a Resetter that never fails for flate's own decompressor.
type resetter interface{ Reset(io.Reader, []byte) error }

func reset(z resetter, r io.Reader) error {
	z.Reset(r, nil) // ok: implements flate.Resetter (excluded by default)
	return nil
}
