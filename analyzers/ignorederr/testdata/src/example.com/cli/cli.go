// Package cli is a first-party package whose functions' errors are benign
// or not; the facts are checked here and used in example.com/app.
package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

// Env prints for a command (spire's cli.Env).
type Env struct {
	Stdout io.Writer
	Stderr io.Writer
	File   *os.File
}

func (e *Env) Printf(format string, args ...any) error { // want Printf:"benignerr:print"
	_, err := fmt.Fprintf(e.Stdout, format, args...)
	return err
}

func (e *Env) Println(args ...any) (err error) { // want Println:"benignerr:print"
	_, err = fmt.Fprintln(e.Stderr, args...)
	return
}

// Say wraps a wrapper.
func (e *Env) Say(s string) error { // want Say:"benignerr:print"
	return e.Printf("%s\n", s)
}

// WriteFile writes to a file: its error can mean lost data.
func (e *Env) WriteFile(s string) error {
	_, err := fmt.Fprint(e.File, s)
	return err
}

// ToString never fails (zincsearch's zutils.ToString).
func ToString(v any) (string, error) { // want ToString:"benignerr:nil"
	switch v := v.(type) {
	case string:
		return v, nil
	case int:
		return strconv.Itoa(v), nil
	default:
		return fmt.Sprint(v), nil
	}
}

// ToInt fails on bad input.
func ToInt(v any) (int, error) {
	s, ok := v.(string)
	if !ok {
		return 0, errors.New("not a string")
	}
	return strconv.Atoi(s)
}

// Keep returns the error it was given: the caller's, not nil.
func Keep(err error) error { return err }

// Later fails only in a closure it returns; its own error is always nil,
// but a variable the closure sets does not count as nil.
func Later() (err error) {
	f := func() { err = errors.New("late") }
	f()
	return err
}

// Addr takes the error's address, so anything may set it.
func Addr() error {
	var err error
	set(&err)
	return err
}

func set(p *error) { *p = errors.New("x") }

// Panics has no return: no fact.
func Panics() error { panic("unimplemented") }

// Render prints to the writer its caller passes: the caller's writer
// decides, so this is not benign.
func Render(w io.Writer, s string) error {
	_, err := fmt.Fprintln(w, s)
	return err
}
