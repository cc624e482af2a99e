package dropped

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"strconv"
)

type store struct{}

func (store) Save(string) error      { return nil }
func (*store) Load() (string, error) { return "", nil }
func (store) Pair() (error, int)     { return nil, 0 }
func (store) NoErr() int             { return 0 }
func Generic[T any](v T) (T, error)  { return v, nil }
func Multi() (int, string, error)    { return 0, "", nil }
func Custom() *MyErr                 { return nil }
func Wrap(err error) error           { return err }
func Sink(error)                     {}
func Boolean() bool                  { return true }
func TakeTwo(int, error) int         { return 0 }
func Produce() (int, error)          { return 0, nil }
func ConstructError() error          { return errors.New("x") }
func Cleanup() error                 { return nil }
func Compare(err error) bool         { return errors.Is(err, io.EOF) }
func helper() error                  { return nil }
func Cond() bool                     { return true }
func Lookup() (error, bool)          { return nil, false }

func InterfaceCall(s interface{ Save() error }) error {
	s.Save() // want `error from s.Save is dropped`
	return nil
}

type MyErr struct{}

func (*MyErr) Error() string { return "" }

type outer struct{ *store }

type saver interface{ Save(string) error }

func _(s store, p *store, sv saver, f func() error) error {
	os.Remove("x")                // want `error from os.Remove is dropped \(a failure goes unnoticed\)`
	s.Save("x")                   // want `error from s.Save is dropped`
	p.Load()                      // want `error from p.Load is dropped`
	sv.Save("x")                  // want `error from sv.Save is dropped`
	f()                           // want `error from f is dropped`
	s.Pair()                      // want `error from s.Pair is dropped`
	Multi()                       // want `error from Multi is dropped`
	Custom()                      // want `error from Custom is dropped`
	Generic(1)                    // want `error from Generic is dropped`
	Generic[string]("x")          // want `error from Generic\[string\] is dropped`
	(s.Save)("y")                 // want `error from \(s.Save\) is dropped`
	func() error { return nil }() // want `error from \(func\(\) error literal\) is dropped`
	save := s.Save
	save("z")                       // want `error from save is dropped`
	outer{}.Load()                  // want `error from outer{}.Load is dropped`
	json.Unmarshal(nil, nil)        // want `error from json.Unmarshal is dropped`
	http.ListenAndServe(":80", nil) // want `error from http.ListenAndServe is dropped`
	strconv.Itoa(1)                 // ok: no error result
	s.NoErr()                       // ok: no error result
	Boolean()                       // ok: no error result
	Lookup()                        // ok: comma-ok lookup, the error is a value
	helper()                        // ok: an unexported helper of this package, its author knows
	apply := func() error { return nil }
	apply() // ok: a function literal of the caller's own making
	return nil
}

func _(s store) error {
	if err := s.Save("x"); err != nil { // ok: compared
		return err
	}
	err := s.Save("y")
	Sink(err)                // ok: passed on
	return Wrap(s.Save("z")) // ok: returned and wrapped
}

func _(s store, ch chan error, errs []error) ([]error, error) {
	ch <- s.Save("x")                // ok: sent on a channel
	errs = append(errs, s.Save("y")) // ok: appended
	var st struct{ err error }
	st.err = s.Save("z") // ok: stored
	_ = st
	_ = TakeTwo(Produce())   // ok: passed on to another call
	_ = Compare(s.Save("w")) // ok: compared
	_ = s.Save("v") == nil   // ok: compared
	return errs, nil
}

func _() error {
	errors.New("x")  // ok: a constructor, not a failure (unusedresult's business)
	ConstructError() // want `error from ConstructError is dropped`
	return nil
}

func _() {
	panic(errors.New("boom")) // ok: builtin
}

// A function with no error result, not main and not an HTTP handler, has
// nowhere to send the error: String methods, usage printers, hooks.
func _(s store) {
	s.Save("x") // ok: nowhere to report it
}

func _(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(1) // want `error from json.NewEncoder\(w\).Encode is dropped`
}

func _(s store) {
	go func() {
		s.Save("x") // want `error from s.Save is dropped`
	}()
}

// Errors dropped on an error path, before another error is returned, are
// best-effort cleanup.
func _(s store) error {
	if err := s.Save("a"); err != nil {
		Cleanup() // ok: the caller hears about the first failure
		return err
	}
	if err := s.Save("b"); err != nil {
		Cleanup() // ok: in a branch taken on an error
		return nil
	}
	if Cond() {
		Cleanup() // ok: followed by panic
		panic("x")
	}
	if Cond() {
		if Cond() {
			Cleanup() // ok: the error is returned after the if
		} else {
			Cleanup() // ok: the error is returned after the if
		}
		return errors.New("x")
	}
	if Cond() {
		Cleanup() // want `error from Cleanup is dropped`
		return nil
	}
	for Cond() {
		Cleanup() // want `error from Cleanup is dropped`
		break
	}
	return nil
}
