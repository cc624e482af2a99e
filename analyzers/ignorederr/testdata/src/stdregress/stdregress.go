// Package stdregress holds reduced versions of standard-library code read
// during the std sweep: what a careful reviewer would fix, and what not.
package stdregress

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"database/sql/driver"
	"encoding/asn1"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"go/ast"
	"io"
	"net/http"
	"os"
	"strconv"
	"syscall"
	"text/tabwriter"
	"time"
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

// Read during the second std sweep (prodvet -ignorederr std).

// archive/tar: a parse after the digits were validated, explained on the line.
func nanos(digits string) (int64, error) {
	n, _ := strconv.ParseInt(digits, 10, 64) // Must succeed after validation
	return n, nil
}

// net/http/cgi: a port that defaults to zero, explained on the line.
func remotePort(params map[string]string) (string, error) {
	port, _ := strconv.Atoi(params["REMOTE_PORT"]) // zero if unset or invalid
	return strconv.Itoa(port), nil
}

// A comment that only says what the line does is not an explanation.
func limit(q map[string]string) (int, error) {
	// Read the page size.
	n, _ := strconv.Atoi(q["limit"]) // want `error from strconv.Atoi is discarded but n is used`
	return n, nil
}

// net/http/pprof: optional query parameters whose zero means "off".
func pprofIndex(w http.ResponseWriter, r *http.Request) {
	gc, _ := strconv.Atoi(r.FormValue("gc")) // ok: tested against zero right after
	if gc > 0 {
		fmt.Fprintln(w, "gc")
	}
	pc, _ := strconv.ParseUint(r.FormValue("pc"), 0, 64) // ok: tested against zero right after
	if pc != 0 {
		fmt.Fprintln(w, pc)
	}
}

// The same parameter used without a test is still reported.
func pprofDebug(w http.ResponseWriter, r *http.Request) {
	debug, _ := strconv.Atoi(r.FormValue("debug")) // want `error from strconv.Atoi is discarded but debug is used`
	fmt.Fprintln(w, debug+1)
}

// net/http/pprof: a profile written into the response.
type profile struct{}

func (profile) WriteTo(w io.Writer, debug int) error { return nil }

func serveProfile(w http.ResponseWriter, p profile) {
	p.WriteTo(w, 0) // ok: the body is written into the response
}

// go/ast: a literal's text was checked by the parser.
func importPath(spec *ast.ImportSpec) (string, error) {
	path, _ := strconv.Unquote(spec.Path.Value) // ok: the parser checked the literal
	return path, nil
}

// runtime/debug: a quoted key cut out with QuotedPrefix.
func quotedKey(kv string) (string, error) {
	raw, err := strconv.QuotedPrefix(kv)
	if err != nil {
		return "", err
	}
	key, _ := strconv.Unquote(raw) // ok: QuotedPrefix checked it
	return key, nil
}

// net: closing the descriptor before returning a constant errno.
func newFileConn(s int, family int) error {
	if family == 0 {
		syscall.Shutdown(s, syscall.SHUT_RDWR) // ok: followed by a return of a non-nil error
		return syscall.EPROTONOSUPPORT
	}
	return nil
}

// internal/fuzz: stopping a worker, then waiting for it.
func stopWorker(p *os.Process) error {
	p.Signal(os.Interrupt) // ok: best effort; Wait reports how it ended
	_, err := p.Wait()
	return err
}

// debug/elf: a seek in a section, then a read that checks its error.
func readHeader(sr *io.SectionReader, off int64, h any) error {
	sr.Seek(off, io.SeekStart) // ok: an in-memory seek fails only on bad arguments
	return binary.Read(sr, binary.LittleEndian, h)
}

// debug/elf: relocations read in a loop; a short read reuses the last entry.
func relocations(rels []byte) (uint64, error) {
	b := bytes.NewReader(rels)
	var sum uint64
	var rela struct{ Off, Info uint64 }
	for b.Len() > 0 {
		binary.Read(b, binary.LittleEndian, &rela) // want `error from binary.Read is dropped`
		sum += rela.Info
	}
	return sum, nil
}

// debug/gosym: a callback's error dropped while walking a table.
func walk(syms []string, fn func(string) error) error {
	for _, s := range syms {
		fn(s) // want `error from fn is dropped`
	}
	return nil
}

// crypto/x509: a marshal error dropped in a function that returns errors.
func marshalKey(v any) ([]byte, error) {
	ret, _ := asn1.Marshal(v) // want `error from asn1.Marshal is discarded but ret is used`
	return ret, nil
}

// internal/coverage/cformat: a tabwriter flushed in a defer.
func report(w io.Writer, rows []string) error {
	tw := tabwriter.NewWriter(w, 1, 8, 1, '\t', 0)
	defer tw.Flush() // want `deferred tw.Flush drops its error`
	for _, r := range rows {
		fmt.Fprintln(tw, r)
	}
	return nil
}

// net: a deadline set on a descriptor type of the package's own making.
type pollFD struct{}

func (*pollFD) SetWriteDeadline(t time.Time) error { return nil }

func connect(fd *pollFD, deadline time.Time) error {
	fd.SetWriteDeadline(deadline) // ok: a deadline setter fails only when closed
	return nil
}

// net: a socket option some systems refuse, explained above the call.
func setIPv6Only(s int) error {
	// Some operating systems never admit this option.
	syscall.SetsockoptInt(s, syscall.IPPROTO_IPV6, syscall.IPV6_V6ONLY, 0) // ok: explained above
	return nil
}

// The same call under a comment that only describes it is reported.
func setBroadcast(s int) error {
	// Allow broadcast.
	syscall.SetsockoptInt(s, syscall.SOL_SOCKET, syscall.SO_BROADCAST, 1) // want `error from syscall.SetsockoptInt is dropped`
	return nil
}

// runtime/pprof: a tabwriter over a bufio.Writer; the last Flush reports.
func writeCounts(w io.Writer, rows []string) error {
	b := bufio.NewWriter(w)
	tw := tabwriter.NewWriter(b, 1, 8, 1, '\t', 0)
	for _, r := range rows {
		fmt.Fprintln(tw, r)
	}
	tw.Flush() // ok: b.Flush, returned next, reports what tw wrote into b
	return b.Flush()
}

// The result of another call is usually nil: not an error path.
type saver interface{ Save() error }

func saveAll(name string, s saver) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	f.Close() // want `error from f.Close is dropped \(written data may be lost\)`
	return s.Save()
}

// database/sql: a driver transaction rolled back when the context ends.
func beginTx(ctx context.Context, tx driver.Tx) (driver.Tx, error) {
	select {
	default:
	case <-ctx.Done():
		tx.Rollback() // ok: best-effort undo, and ctx.Err() is returned
		return nil, ctx.Err()
	}
	return tx, nil
}

// encoding/xml: escaping into the package's own printer, whose error is sticky.
type printer struct{ w *bufio.Writer }

func (p *printer) Write(b []byte) (int, error) { return p.w.Write(b) }

func escapeInto(p *printer, w io.Writer, b []byte) error {
	xml.EscapeText(p, b) // ok: the package's own writer keeps the error
	xml.EscapeText(w, b) // ok: a plain io.Writer: a printer's business
	if err := p.w.Flush(); err != nil {
		return err
	}
	return nil
}

func escapeToFile(f *os.File, b []byte) error {
	xml.EscapeText(f, b) // want `error from xml.EscapeText is dropped`
	return nil
}
