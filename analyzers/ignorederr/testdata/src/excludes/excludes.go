package excludes

import (
	"bufio"
	"bytes"
	crand "crypto/rand"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/maphash"
	"io"
	"log"
	"math/rand"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"time"
)

type loggingWriter struct{ http.ResponseWriter }

func _(w http.ResponseWriter, r *http.Request, lw *loggingWriter, out io.Writer, tx *sql.Tx, conn net.Conn, br *bufio.Reader, t time.Time) error {
	fmt.Println("x")               // ok: stdout
	fmt.Printf("%d\n", 1)          // ok: stdout
	fmt.Print("x")                 // ok: stdout
	fmt.Fprintln(os.Stderr, "x")   // ok: stderr
	fmt.Fprintf(os.Stdout, "x")    // ok: stdout
	os.Stdout.Write(nil)           // ok: stdout
	os.Stderr.WriteString("x")     // ok: stderr
	io.WriteString(os.Stdout, "x") // ok: stdout
	var buf bytes.Buffer
	buf.Write(nil)         // ok: bytes.Buffer never fails
	buf.WriteString("x")   // ok: bytes.Buffer never fails
	buf.WriteByte('x')     // ok: bytes.Buffer never fails
	buf.WriteRune('x')     // ok: bytes.Buffer never fails
	fmt.Fprintf(&buf, "x") // ok: bytes.Buffer never fails
	pb := new(bytes.Buffer)
	fmt.Fprint(pb, "x") // ok: bytes.Buffer never fails
	var sb strings.Builder
	sb.WriteString("x")      // ok: strings.Builder never fails
	sb.WriteByte('x')        // ok: strings.Builder never fails
	fmt.Fprintf(&sb, "x")    // ok: strings.Builder never fails
	io.WriteString(&sb, "x") // ok: strings.Builder never fails
	var h hash.Hash = sha256.New()
	h.Write(nil) // ok: hash.Hash never fails
	crc := crc32.NewIEEE()
	crc.Write(nil)      // ok: hash.Hash32 never fails
	fmt.Fprintf(h, "x") // ok: hash.Hash never fails
	var mh maphash.Hash
	mh.WriteString("x") // ok: maphash never fails
	bw := bufio.NewWriter(out)
	bw.WriteString("x")                   // ok: sticky, reported by Flush
	fmt.Fprintf(bw, "x")                  // ok: sticky, reported by Flush
	w.Write(nil)                          // ok: HTTP response, the client has gone
	fmt.Fprintf(w, "x")                   // ok: HTTP response
	io.WriteString(w, "x")                // ok: HTTP response
	lw.Write(nil)                         // ok: implements http.ResponseWriter
	rand.Read(nil)                        // ok: documented never to fail
	rand.New(rand.NewSource(1)).Read(nil) // ok: documented never to fail
	crand.Read(nil)                       // ok: documented never to fail
	log.Output(1, "x")                    // ok: logging
	log.Default().Output(1, "x")          // ok: logging
	tx.Rollback()                         // ok: best-effort undo
	errors.New("x")                       // ok: constructor, vet's unusedresult reports it
	fmt.Errorf("x")                       // ok: constructor
	n, _ := buf.Write(nil)                // ok: excluded for value-used too
	println(n)
	fmt.Fprintf(out, "x")       // ok: a plain io.Writer, its owner checks it
	out.Write(nil)              // ok: a plain io.Writer, its owner checks it
	fmt.Fprintf(conn, "x")      // want `error from fmt.Fprintf is dropped`
	conn.Write(nil)             // want `error from conn.Write is dropped`
	io.Copy(&buf, r.Body)       // want `error from io.Copy is dropped`
	buf.ReadFrom(r.Body)        // want `error from buf.ReadFrom is dropped`
	conn.SetDeadline(t)         // ok: fails only on a closed connection
	conn.SetReadDeadline(t)     // ok: fails only on a closed connection
	br.UnreadRune()             // ok: fails only when misused
	br.Discard(1)               // ok: a short Discard surfaces at the next read
	io.Copy(io.Discard, r.Body) // ok: draining
	io.Copy(w, r.Body)          // ok: the response is committed
	syscall.Close(0)            // ok: closing a descriptor
	return nil
}

// TCP options are best effort.
func _(tc *net.TCPConn) error {
	tc.SetKeepAlive(true)                  // ok: best effort, like net/http
	tc.SetKeepAlivePeriod(3 * time.Minute) // ok: best effort
	tc.SetNoDelay(true)                    // ok: best effort
	tc.CloseWrite()                        // want `error from tc.CloseWrite is dropped`
	return nil
}

// Listener is a first-party way to listen.
type Listener interface {
	ListenUnix(network string, addr *net.UnixAddr) (*net.UnixListener, error)
}

// A stale socket removed before listening on it: the listen reports a
// failed remove (address in use).
func _(path string, ln Listener, audit bool) (net.Listener, error) {
	os.Remove(path) // ok: net.Listen right after reports a remove that failed
	return net.Listen("unix", path)
}

func _(path string, ln Listener, audit bool) (l net.Listener, err error) {
	os.Remove(path) // ok: a listen on the next lines, in a branch
	if audit {
		l, err = ln.ListenUnix("unix", &net.UnixAddr{Name: path})
	} else {
		l, err = net.Listen("unix", path)
	}
	return l, err
}

func _(path, other string) (net.Listener, error) {
	os.Remove(path)           // want `error from os.Remove is dropped`
	f, err := os.Create(path) // no listen follows in this block
	if err != nil {
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	return nil, nil
}
