// Package stdregress holds reduced versions of standard library loops
// that look like retry loops and are not.
package stdregress

import (
	"bytes"
	"errors"
	"io"
	"time"
)

var ErrBufferFull = errors.New("bufio: buffer full")

type Reader struct{}

func (b *Reader) ReadSlice(delim byte) ([]byte, error) { return nil, nil }

// From bufio.(*Reader).collectFragments: the loop goes on only while the
// buffer is full, consuming input each time.
func (b *Reader) collectFragments(delim byte) (fullBuffers [][]byte, finalFragment []byte, totalLen int, err error) {
	var frag []byte
	for { // ok: continues only for ErrBufferFull, making progress
		var e error
		frag, e = b.ReadSlice(delim)
		if e == nil {
			break
		}
		if e != ErrBufferFull {
			err = e
			break
		}
		buf := bytes.Clone(frag)
		fullBuffers = append(fullBuffers, buf)
		totalLen += len(buf)
	}
	totalLen += len(frag)
	return fullBuffers, frag, totalLen, err
}

var errLocked = errors.New("locked")

func lock() error { return nil }

func _() {
	for { // want `retry loop around lock has no attempt limit`
		err := lock()
		if err == nil {
			return
		}
		if err != errLocked {
			return // ok: only errLocked is retried, but it is waited for forever
		}
		time.Sleep(time.Second)
	}
}

type PrivateKey struct{}

func NewPrivateKey(key []byte) (*PrivateKey, error) { return nil, nil }

func readWithReader(r io.Reader, b []byte) error { return nil }

// From crypto/internal/fips140/ecdh.GenerateKey: rejection sampling.
func GenerateKey(rand io.Reader, n int) (*PrivateKey, error) {
	for { // ok: draws random candidates until one is valid
		key := make([]byte, n)
		if err := readWithReader(rand, key); err != nil {
			return nil, err
		}
		privateKey, err := NewPrivateKey(key)
		if err != nil {
			continue
		}
		return privateKey, nil
	}
}
