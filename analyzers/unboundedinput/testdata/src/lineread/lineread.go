// Package lineread reads lines from connections and bodies.
package lineread

import (
	"bufio"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"net/textproto"
	"os"
	"strings"
)

func serve(l net.Listener) {
	for {
		conn, err := l.Accept()
		if err != nil {
			return
		}
		go handle(conn)
	}
}

func handle(conn net.Conn) {
	defer conn.Close()
	br := bufio.NewReader(conn)
	for {
		line, err := br.ReadString('\n') // want `br.ReadString reads a line of any length from a network connection \(an endless line exhausts memory\); use a bufio.Scanner, whose lines are limited`
		if err != nil {
			return
		}
		_ = line
	}
}

func readBytes(conn *net.TCPConn) {
	br := bufio.NewReaderSize(conn, 4096)
	line, _ := br.ReadBytes('\n') // want `br.ReadBytes reads a line of any length from a network connection`
	_ = line
}

func tlsConn(conn *tls.Conn) {
	line, _ := bufio.NewReader(conn).ReadString('\n') // want `bufio.NewReader\(conn\).ReadString reads a line of any length`
	_ = line
}

func smtpLike(conn net.Conn) {
	tp := textproto.NewReader(bufio.NewReader(conn))
	cmd, _ := tp.ReadLine() // want `tp.ReadLine reads a line of any length from a network connection`
	_ = cmd
	data, _ := tp.ReadDotBytes() // want `tp.ReadDotBytes reads a line of any length`
	_ = data
}

type session struct {
	conn net.Conn
	r    *bufio.Reader
}

func newSession(c net.Conn) *session {
	return &session{conn: c, r: bufio.NewReader(c)}
}

func (s *session) readCommand() (string, error) {
	return s.r.ReadString('\n') // want `s.r.ReadString reads a line of any length from a network connection`
}

func hijack(w http.ResponseWriter, r *http.Request) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		return
	}
	conn, bufrw, _ := hj.Hijack()
	defer conn.Close()
	line, _ := bufrw.ReadString('\n') // want `bufrw.ReadString reads a line of any length from a network connection`
	_ = line
}

func bodyLines(w http.ResponseWriter, r *http.Request) {
	br := bufio.NewReader(r.Body)
	line, _ := br.ReadString('\n') // want `br.ReadString reads a line of any length from the request body`
	_ = line
}

// Negatives.

func readLine(conn net.Conn) {
	br := bufio.NewReader(conn)
	line, isPrefix, _ := br.ReadLine() // ok: at most the buffer's size; the caller sees isPrefix
	_, _ = line, isPrefix
	frag, _ := br.ReadSlice('\n') // ok: ErrBufferFull past the buffer's size
	_ = frag
}

func scanner(conn net.Conn) {
	sc := bufio.NewScanner(conn)
	for sc.Scan() { // ok: a Scanner limits the token size
		_ = sc.Text()
	}
}

func stdin() {
	br := bufio.NewReader(os.Stdin)
	line, _ := br.ReadString('\n') // ok: the user's own terminal
	_ = line
}

func limitedConn(conn net.Conn) {
	br := bufio.NewReader(io.LimitReader(conn, 64<<10))
	line, _ := br.ReadString('\n') // ok: at most 64 KB in all
	_ = line
}

func sseClient(url string) {
	resp, err := http.Get(url)
	if err != nil {
		return
	}
	br := bufio.NewReader(resp.Body)
	ev, _ := br.ReadBytes('\n') // ok: a response body from a server the program chose
	_ = ev
}

func inMemory(s string) {
	br := bufio.NewReader(strings.NewReader(s))
	line, _ := br.ReadString('\n') // ok: a string in memory
	_ = line
}

func unixSocket(conn *net.UnixConn) {
	br := bufio.NewReader(conn)
	line, _ := br.ReadString('\n') // ok: a local peer
	_ = line
}

func limitedBody(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	br := bufio.NewReader(r.Body)
	line, _ := br.ReadString('\n') // ok: the body is limited
	_ = line
}

func dialedClient(addr string) {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return
	}
	br := bufio.NewReader(conn)
	line, _ := br.ReadString('\n') // ok: a server the program chose, like a response
	_ = line
}

type client struct {
	conn net.Conn
	br   *bufio.Reader
}

func dialClient(addr string) (*client, error) {
	conn, err := tls.Dial("tcp", addr, nil)
	if err != nil {
		return nil, err
	}
	return &client{conn: conn, br: bufio.NewReader(conn)}, nil
}

func (c *client) reply() (string, error) {
	return c.br.ReadString('\n') // ok: the connection was dialed
}
