package valueused

import (
	"encoding/json"
	"errors"
	"log/slog"
	"os"
	"time"

	"must"
)

// Doc is a first-party document whose Get fails only when the key is
// missing (FerretDB's *types.Document).
type Doc struct{ m map[string]any }

func (d *Doc) Get(key string) (any, error) {
	v, ok := d.m[key]
	if !ok {
		return nil, errors.New("no key")
	}
	return v, nil
}
func (d *Doc) Has(key string) bool { _, ok := d.m[key]; return ok }
func (d *Doc) Len() int            { return len(d.m) }

type Array struct{ s []any }

func (a *Array) Get(i int) (any, error) {
	if i >= len(a.s) {
		return nil, errors.New("out of range")
	}
	return a.s[i], nil
}
func (a *Array) Len() int { return len(a.s) }

// Handling the zero a failure leaves within the next few statements.
func _(doc *Doc) (string, error) {
	v, _ := doc.Get("_id") // ok: comma-ok type assertion right after
	name, _ := v.(string)
	if name == "" {
		return "", errors.New("empty")
	}
	w, _ := doc.Get("pwd") // ok: comma-ok type assertion whose ok is checked
	pwd, ok := w.(string)
	if !ok {
		return "", errors.New("pwd")
	}
	x, _ := doc.Get("x") // ok: a type switch on the value; nil matches no case
	switch x.(type) {
	case string, int:
		return "", nil
	}
	id, _ := doc.Get("_id") // ok: the assertion helper panics on the nil a failure leaves
	must.NotBeZero(id)
	a, _ := doc.Get("a") // ok: the first statement to mention a or b tests a for nil
	b, _ := doc.Get("b") // ok: tested in the same condition
	if a != nil && b != nil {
		return "", nil
	}
	u, _ := doc.Get("u") // ok: the first statement to mention u tests it, however far
	println(1)
	println(2)
	println(3)
	if u == nil {
		return "", errors.New("no u")
	}
	t, _ := doc.Get("maxTimeMS") // ok: presence recorded from a nil test
	present := t != nil
	println(present, id, pwd)
	return name, nil
}

func _(doc *Doc) (any, error) {
	v, _ := doc.Get("_id") // want `error from doc.Get is discarded but v is used`
	must.Use(v)            // not an assertion: it has a result
	w, _ := doc.Get("w")   // want `error from doc.Get is discarded but w is used`
	println(w)             // the first mention is a plain use
	if w != nil {
		return w, nil
	}
	x, _ := doc.Get("x") // want `error from doc.Get is discarded but x is used`
	if doc.Len() > 0 {
		println(x) // the first statement to mention x uses it in a branch
	}
	if x != nil {
		return x, nil
	}
	y, _ := doc.Get("y") // want `error from doc.Get is discarded but y is used`
	z, _ := doc.Get("z")
	_, _ = z.(string) // asserts on z, not y
	return y, nil
}

// A lookup guarded by Has on the same receiver and key, or an index bounded
// by the loop header, cannot miss.
func _(doc, other *Doc, arr *Array, k string) (any, error) {
	if doc.Has("pwd") {
		pwd, _ := doc.Get("pwd") // ok: guarded by doc.Has("pwd")
		println(pwd)
	}
	if doc.Has(k) {
		v, _ := doc.Get(k) // ok: guarded by doc.Has(k)
		println(v)
	}
	if doc.Has("pwd") {
		v, _ := doc.Get("user")  // want `error from doc.Get is discarded but v is used`
		w, _ := other.Get("pwd") // want `error from other.Get is discarded but w is used`
		println(v, w)
	}
	for i := 0; i < arr.Len(); i++ {
		v, _ := arr.Get(i) // ok: i < arr.Len() from the loop header
		println(v)
	}
	for i := range arr.Len() {
		v, _ := arr.Get(i) // ok: i ranges over arr.Len()
		println(v)
	}
	for i := 0; i < arr.Len(); i++ {
		v, _ := arr.Get(i + 1) // want `error from arr.Get is discarded but v is used`
		println(v)
	}
	for i := 0; i < arr.Len(); i++ {
		i++
		v, _ := arr.Get(i) // want `error from arr.Get is discarded but v is used`
		println(v)
	}
	for i := 0; i <= arr.Len(); i++ {
		v, _ := arr.Get(i) // want `error from arr.Get is discarded but v is used`
		println(v)
	}
	return nil, nil
}

// Result is a driver result whose RowsAffected may fail.
type Result interface{ RowsAffected() (int64, error) }

// A value used only in log attributes: a failure logs a zero.
func _(res Result, l *slog.Logger) (int64, error) {
	ra, _ := res.RowsAffected() // ok: only feeds a log attribute
	l.Debug("exec", slog.Int64("rows", ra))
	n, _ := res.RowsAffected() // ok: only logged
	l.Info("exec", "rows", n)
	m, _ := res.RowsAffected() // want `error from res.RowsAffected is discarded but m is used`
	l.Info("exec", "rows", m)
	return m, nil
}

// os.Hostname practically never fails: it reads the kernel's host name.
func _() (string, error) {
	h, _ := os.Hostname() // ok: os.Hostname
	return h, nil
}

// json.Marshal of literals whose values cannot fail to encode, and of
// RawMessages that an earlier json.Marshal made.
type publish struct {
	Channel string          `json:"channel"`
	Data    json.RawMessage `json:"data"`
	Meta    any             `json:"meta"`
}

func _(ch string, raw json.RawMessage, v any) ([]byte, error) {
	data, _ := json.Marshal(map[string]any{ // ok: a map literal of a string and an int64
		"message": "hello " + ch,
		"ts":      time.Now().UnixMilli(),
		"nested":  map[string]any{"ok": true},
		"none":    nil,
	})
	req, _ := json.Marshal(publish{Channel: ch, Data: data})        // ok: Data came from json.Marshal; Meta is nil
	msg, _ := json.Marshal(publish{Data: req, Meta: []any{1, "a"}}) // ok: the same, and a literal of plain values
	b1, _ := json.Marshal(map[string]any{"v": v})                   // want `error from json.Marshal is discarded but b1 is used`
	b2, _ := json.Marshal(publish{Data: raw})                       // want `error from json.Marshal is discarded but b2 is used`
	b3, _ := json.Marshal(map[string]any{"c": make(chan int)})      // want `error from json.Marshal is discarded but b3 is used`
	spliced := []byte(`{"a":`)
	b4, _ := json.Marshal(publish{Data: spliced}) // want `error from json.Marshal is discarded but b4 is used`
	reassigned, _ := json.Marshal(ch)
	reassigned = append(reassigned, '}')
	b5, _ := json.Marshal(publish{Data: reassigned}) // want `error from json.Marshal is discarded but b5 is used`
	out := append(append(append(data, req...), msg...), b1...)
	return append(append(append(append(out, b2...), b3...), b4...), b5...), nil
}

// A concrete result that implements error is a value, not the failure
// (go-swagger's responses): only the error-typed or last result is.
type PostOK struct{}

func (*PostOK) Error() string { return "ok" }

type Client struct{}

func (Client) Post(p string) (*PostOK, error)      { return nil, nil }
func (Client) Both(p string) (*PostOK, int, error) { return nil, 0, nil }
func (Client) Last(p string) (int, *PostOK)        { return 0, nil }

func _(c Client, p string) error {
	_, err := c.Post(p) // ok: the blank is a response, err is the error
	if err != nil {
		return err
	}
	r, _ := c.Post(p) // want `error from c.Post is discarded but r is used`
	n, _ := c.Last(p) // want `error from c.Last is discarded but n is used`
	println(r, n)
	return nil
}

func _(doc *Doc, keys []string) error {
	v, _ := doc.Get("v") // want `error from doc.Get is discarded but v is used`
	for range keys {
		println(v) // used before the test below
		if v != nil {
			return nil
		}
	}
	return nil
}

// NewKeyed fails only for a key that is too long (blake2b.New512).
func NewKeyed(key []byte) (int, error) { return len(key), nil }

func _(key []byte) (int, error) {
	h, _ := NewKeyed(nil) // ok: nil is a constant input, the same result every run
	k, _ := NewKeyed(key) // want `error from NewKeyed is discarded but k is used`
	return h + k, nil
}
