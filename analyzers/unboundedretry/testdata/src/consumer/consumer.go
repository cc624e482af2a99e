// Package consumer holds loops that go round when a call fails but work
// on fresh input each turn, next to the retry loops they resemble. The
// consumers are the shapes of the triage corpus (spire's accept and
// stream loops, its compare-and-swap, openfga's filtering iterator).
package consumer

import (
	"errors"
	"net"
	"time"
)

var errConflict = errors.New("conflict")

func identify(c net.Conn) (string, error) { return "", nil }

func accept(l net.Listener) (net.Conn, error) {
	for { // ok: an accept loop drops a bad connection; Accept's failure ends it
		conn, err := l.Accept()
		if err != nil {
			return nil, err
		}
		_, err = identify(conn)
		if err != nil {
			conn.Close()
			continue
		}
		return conn, nil
	}
}

type stream interface{ Recv() ([]byte, error) }

func parse(b []byte) (int, error) { return 0, nil }

func recvValid(s stream) (int, error) {
	for { // ok: a stream loop skips a message it cannot parse; Recv's failure ends it
		msg, err := s.Recv()
		if err != nil {
			return 0, err
		}
		n, err := parse(msg)
		if err != nil {
			continue
		}
		return n, nil
	}
}

type bucket interface {
	Generation() (int64, error)
	Put(data []byte, gen int64) error
}

func compareAndSwap(b bucket, data []byte) error {
	for { // ok: a compare-and-swap reads the version again after a conflict
		gen, err := b.Generation()
		if err != nil {
			return err
		}
		if err := b.Put(data, gen); err != nil {
			if errors.Is(err, errConflict) {
				continue
			}
			return err
		}
		return nil
	}
}

func ping() error { return nil }

func retryForever() {
	for { // want `retry loop around ping has no attempt limit`
		err := ping()
		if err == nil {
			return
		}
		time.Sleep(time.Second)
	}
}

func permanentLeaves() error {
	for { // want `retry loop around ping has no attempt limit`
		err := ping()
		if err == nil {
			return nil
		}
		if err != nil && errors.Is(err, errConflict) { // a permanent error leaves; the rest are retried
			return err
		}
		time.Sleep(time.Second)
	}
}

func dial() (net.Conn, error) { return nil, nil }

func exec(c net.Conn) error { return nil }

func retryOnFreshConn() error {
	for { // ok: known limit: the retried call works on what a fetch that ends the loop returned
		c, err := dial()
		if err != nil {
			return err
		}
		if err := exec(c); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
}
