// Package inputsize makes slices sized by client input.
package inputsize

import (
	"bufio"
	"encoding/binary"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

type item struct{ ID int }

func query(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	items := make([]item, 0, n) // want `make takes its size n from the request with no upper bound \(one request can exhaust memory\); check it against a maximum first`
	_ = items
}

func queryVar(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	size := q.Get("size")
	n, _ := strconv.ParseInt(strings.TrimSpace(size), 10, 64)
	buf := make([]byte, n) // want `make takes its size n from the request`
	_ = buf
}

func header(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseUint(r.Header.Get("X-Count"), 10, 32)
	ids := make([]string, int(n)) // want `make takes its size int\(n\) from the request`
	_ = ids
}

func formValue(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.FormValue("n"))
	grid := make([][]int, n*n) // want `make takes its size n \* n from the request`
	_ = grid
}

func lowerBoundOnly(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n <= 0 {
		return
	}
	buf := make([]byte, n) // want `make takes its size n from the request`
	_ = buf
}

func contentLength(w http.ResponseWriter, r *http.Request) {
	buf := make([]byte, r.ContentLength) // want `make takes its size r.ContentLength from the request`
	io.ReadFull(r.Body, buf)
}

func lengthPrefix(conn net.Conn) ([]byte, error) {
	hdr := make([]byte, 4)
	if _, err := io.ReadFull(conn, hdr); err != nil {
		return nil, err
	}
	n := binary.BigEndian.Uint32(hdr)
	msg := make([]byte, n) // want `make takes its size n from the network with no upper bound \(one message can exhaust memory\); check it against a maximum first`
	_, err := io.ReadFull(conn, msg)
	return msg, err
}

func lengthPrefixBufio(c net.Conn) {
	reader := bufio.NewReader(c)
	lenBuf := make([]byte, 4)
	io.ReadFull(reader, lenBuf)
	msgLen := binary.LittleEndian.Uint32(lenBuf)
	msgBuf := make([]byte, msgLen) // want `make takes its size msgLen from the network`
	_ = msgBuf
}

func binaryRead(conn net.Conn) {
	var n uint32
	binary.Read(conn, binary.BigEndian, &n)
	buf := make([]byte, n) // want `make takes its size n from the network`
	_ = buf
}

type frameHeader struct {
	Magic  uint16
	Length uint32
}

func binaryReadStruct(conn net.Conn) {
	var h frameHeader
	binary.Read(conn, binary.LittleEndian, &h)
	buf := make([]byte, h.Length) // want `make takes its size h.Length from the network`
	_ = buf
}

func varint(conn net.Conn) {
	br := bufio.NewReader(conn)
	n, _ := binary.ReadUvarint(br)
	buf := make([]byte, n) // want `make takes its size n from the network`
	_ = buf
}

func connRead(conn net.Conn) {
	hdr := make([]byte, 8)
	conn.Read(hdr)
	n := binary.BigEndian.Uint64(hdr[:8])
	buf := make([]byte, 0, n) // want `make takes its size n from the network`
	_ = buf
}

func bodyPrefix(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	n := binary.BigEndian.Uint32(data[:4])
	out := make([]uint64, n) // want `make takes its size n from the request`
	_ = out
}

func ginQuery(c *gin.Context) {
	n, _ := strconv.Atoi(c.DefaultQuery("page_size", "20"))
	rows := make([]item, 0, n) // want `make takes its size n from the request`
	_ = rows
}

func echoQuery(c echo.Context) error {
	n, _ := strconv.Atoi(c.QueryParam("n"))
	rows := make([]item, n) // want `make takes its size n from the request`
	_ = rows
	return nil
}

func chiParam(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(chi.URLParam(r, "n"))
	rows := make([]item, n) // want `make takes its size n from the request`
	_ = rows
}

func muxVars(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(mux.Vars(r)["n"])
	rows := make([]item, n) // want `make takes its size n from the request`
	_ = rows
}

// Negatives.

func checked(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	if n > 1000 {
		n = 1000
	}
	items := make([]item, 0, n) // ok: bounded above
	_ = items
}

func checkedWithError(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit < 1 || limit > maxPage {
		http.Error(w, "bad limit", http.StatusBadRequest)
		return
	}
	items := make([]item, limit) // ok: bounded above
	_ = items
}

const maxPage = 500

func clamped(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	items := make([]item, 0, min(n, maxPage)) // ok: min bounds it
	m := min(n, 100)
	more := make([]item, m) // ok: likewise, through a variable
	_, _ = items, more
}

func smallBits(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.ParseUint(r.URL.Query().Get("n"), 10, 16)
	buf := make([]byte, n) // ok: at most 65535
	_ = buf
}

func smallPrefix(conn net.Conn) {
	hdr := make([]byte, 2)
	io.ReadFull(conn, hdr)
	n := binary.BigEndian.Uint16(hdr)
	buf := make([]byte, n) // ok: at most 65535
	_ = buf
}

func checkedPrefix(conn net.Conn) error {
	hdr := make([]byte, 4)
	io.ReadFull(conn, hdr)
	n := binary.BigEndian.Uint32(hdr)
	if n > 16<<20 {
		return io.ErrShortBuffer
	}
	buf := make([]byte, n) // ok: bounded above
	_ = buf
	return nil
}

func againstData(conn net.Conn, data []byte) {
	hdr := make([]byte, 4)
	io.ReadFull(conn, hdr)
	n := binary.BigEndian.Uint32(hdr)
	if int(n) > len(data) {
		return
	}
	buf := make([]byte, n) // ok: no more than data holds
	_ = buf
}

func lengthOfRead(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	cp := make([]byte, len(data)) // ok: the data is already in memory
	copy(cp, data)
}

func fromEnv() {
	n, _ := strconv.Atoi(os.Getenv("POOL_SIZE"))
	pool := make([]item, n) // ok: the operator's configuration
	_ = pool
}

func fromFile(f *os.File) {
	hdr := make([]byte, 4)
	io.ReadFull(f, hdr)
	n := binary.BigEndian.Uint32(hdr)
	buf := make([]byte, n) // ok: a file the program owns
	_ = buf
}

func clamp(n int) int {
	if n > maxPage {
		return maxPage
	}
	return n
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	items := make([]item, clamp(n)) // ok: a helper's result is not client input
	_ = items
}

func response(url string) {
	resp, _ := http.Get(url)
	hdr := make([]byte, 4)
	io.ReadFull(resp.Body, hdr)
	n := binary.BigEndian.Uint32(hdr)
	buf := make([]byte, n) // ok: a response from a server the program chose
	_ = buf
}

func mapHint(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("n"))
	m := make(map[int]bool, n) // ok: only slices are checked
	_ = m
}

func dialedPrefix(addr string) {
	conn, _ := net.Dial("tcp", addr)
	hdr := make([]byte, 4)
	io.ReadFull(conn, hdr)
	n := binary.BigEndian.Uint32(hdr)
	buf := make([]byte, n) // ok: a server the program chose
	_ = buf
}

func checkedField(conn net.Conn) {
	var h frameHeader
	binary.Read(conn, binary.LittleEndian, &h)
	if h.Length > 1<<20 {
		return
	}
	buf := make([]byte, h.Length) // ok: bounded above
	_ = buf
}

func checkedOtherField(conn net.Conn) {
	var h frameHeader
	binary.Read(conn, binary.LittleEndian, &h)
	if h.Magic > 2 {
		return
	}
	buf := make([]byte, h.Length) // want `make takes its size h.Length from the network`
	_ = buf
}

func contentLengthChecked(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > 1<<20 {
		return
	}
	buf := make([]byte, r.ContentLength) // ok: bounded above
	io.ReadFull(r.Body, buf)
}
