package valueused

import (
	"bufio"
	"errors"
	"io"
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
