package valueused

import (
	"bufio"
	"compress/flate"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/url"
	"os"
	"strconv"
	"time"
)

type T struct{ n int }

func Pair() (int, error)       { return 0, nil }
func ErrFirst() (error, int)   { return nil, 0 }
func Three() (int, int, error) { return 0, 0, nil }
func Gen[T any]() (T, error)   { var z T; return z, nil }
func local() (int, error)      { return 0, nil }

func _(s string) error {
	n, _ := strconv.Atoi(s) // want `error from strconv.Atoi is discarded but n is used \(it may be invalid after a failure\)`
	println(n)
	u, _ := url.Parse(s) // want `error from url.Parse is discarded but u is used`
	println(u.Host)
	var t T
	t.n, _ = Pair()                  // want `error from Pair is discarded but t.n is used`
	_, x := ErrFirst()               // want `error from ErrFirst is discarded but x is used`
	a, _, _ := Three()               // want `error from Three is discarded but a is used`
	g, _ := Gen[int]()               // want `error from Gen\[int\] is discarded but g is used`
	var d, _ = time.ParseDuration(s) // want `error from time.ParseDuration is discarded but d is used`
	fi, _ := os.Stat(s)              // want `error from os.Stat is discarded but fi is used`
	println(x, a, g, d, fi)
	return nil
}

func _(s string, r io.Reader, br *bufio.Reader, buf []byte, err error) error {
	n, err := strconv.Atoi(s) // ok: the error is kept
	if err != nil {
		return err
	}
	_, _ = strconv.Atoi(s)                    // ok: every result discarded, a deliberate choice (see -blank)
	c, _ := strconv.Atoi("42")                // ok: constant input, same result every run
	u, _ := url.Parse("https://example.com/") // ok: constant input
	v, ok := map[string]int{}[s]              // ok: comma-ok, not an error
	_, _, _ = Three()                         // ok: all blank
	m, _ := io.ReadFull(r, buf)               // ok: the count is valid after a failure
	p, _ := br.Peek(4)                        // ok: partial data is valid after a failure
	l, _ := local()                           // ok: an unexported helper of this package
	if u, _ := url.Parse(s); u != nil {       // ok: compared with nil before use
		println(u.Host)
	}
	if pe, ok := errors.AsType[*os.PathError](err); ok { // ok: comma-ok, not a failure
		println(pe)
	}
	println(n, c, u, v, ok, m, p, l)
	return nil
}

func _(s string) {
	n, _ := strconv.Atoi(s) // ok: no error result, nowhere to report it
	println(n)
}

// json.Marshal of values that cannot fail to encode.
type request struct {
	ID      string            `json:"id"`
	Batch   int               `json:"batch"`
	Expires time.Duration     `json:"expires"`
	Labels  map[string]string `json:"labels"`
	Next    *request          `json:"next"`
	At      time.Time         `json:"at"`
	secret  chan int
}

type envelope struct{ Payload any }

type custom struct{}

func (custom) MarshalJSON() ([]byte, error) { return nil, errors.New("no") }

func _(w io.Writer, id string, v any) error {
	b1, _ := json.Marshal(map[string]string{"id": id}) // ok: a map of strings always encodes
	b2, _ := json.Marshal(request{ID: id})             // ok: only plain fields (secret is unexported)
	b3, _ := json.MarshalIndent(&request{}, "", " ")   // ok: a pointer to plain fields
	b4, _ := json.Marshal(envelope{Payload: v})        // want `error from json.Marshal is discarded but b4 is used`
	b5, _ := json.Marshal(custom{})                    // want `error from json.Marshal is discarded but b5 is used`
	b6, _ := json.Marshal(v)                           // want `error from json.Marshal is discarded but b6 is used`
	b7, _ := json.Marshal(map[[2]int]int{})            // want `error from json.Marshal is discarded but b7 is used`
	_, err := w.Write(append(append(append(b1, b2...), b3...), append(append(b4, b5...), append(b6, b7...)...)...))
	return err
}

// A field of the value tested against its zero value right after.
type creds struct{ AccessKey string }

func retrieve() (creds, error) { return creds{}, nil }

func _() (string, error) {
	c, _ := retrieve() // ok: c.AccessKey is tested right after
	if c.AccessKey == "" {
		return "", errors.New("anonymous")
	}
	return c.AccessKey, nil
}

// A range over the value: a failure's nil slice ends it at once.
func _(host string) ([]string, error) {
	var out []string
	addrs, _ := net.LookupHost(host) // ok: ranging over nil runs no iterations
	for _, a := range addrs {
		out = append(out, a)
	}
	return out, nil
}

func _(host string) (string, error) {
	addrs, _ := net.LookupHost(host) // want `error from net.LookupHost is discarded but addrs is used`
	for i := range len(addrs) + 1 {
		return addrs[i], nil
	}
	return "", nil
}

// A compressor whose level is a constant: the level is all it checks.
func _(w io.Writer, level int) error {
	zw, _ := flate.NewWriter(w, flate.BestSpeed) // ok: a constant level
	zl, _ := flate.NewWriter(w, level)           // want `error from flate.NewWriter is discarded but zl is used`
	zw.Close()                                   // want `error from zw.Close is dropped \(written data may be lost\)`
	if err := zl.Close(); err != nil {
		return err
	}
	return nil
}
