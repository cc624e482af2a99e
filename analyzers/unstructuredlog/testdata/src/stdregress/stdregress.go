// Package stdregress holds reduced versions of standard library code that
// unstructuredlog must not report: tracing, crash reports, dumps.
package stdregress

import (
	"fmt"
	"log"
	"os"
	"strings"
)

type decoder struct{ debug bool }

type config struct{ _Trace bool }

type checker struct {
	conf  config
	depth int
}

// internal/coverage/decodecounter: output behind a debug field.
func (d *decoder) readHeader(hdr string) {
	if d.debug {
		fmt.Fprintf(os.Stderr, "=-= counter file header: %+v\n", hdr) // ok: guarded by a debug flag
	}
}

// go/types: a print closure behind a trace option.
func (check *checker) objDecl(name string) {
	print := func(msg string) {
		fmt.Println(msg) // ok: a closure named print
	}
	if check.conf._Trace {
		fmt.Println(name) // ok: guarded by a trace option
	}
	print(name)
}

// go/parser: a tracing function.
func (check *checker) printTrace(a ...any) {
	fmt.Print(strings.Repeat(". ", check.depth)) // ok: a function that exists to print a trace
	fmt.Println(a...)                            // ok: same
}

// encoding/gob: the last words before a panic.
func checkID(want, got int) {
	if want != got {
		fmt.Fprintf(os.Stderr, "checkId: %d should be %d\n", got, want) // ok: crash report before panic
		panic("bootstrap type wrong id")
	}
}

// go/types: a crash report printed in a recover handler before re-panicking.
func (check *checker) handleBailout() {
	switch p := recover().(type) {
	case nil:
	default:
		if check.depth > 0 {
			fmt.Fprintln(os.Stderr, "The following panic happened checking types near:") // ok: crash report
		}
		panic(p)
	}
}

// internal/buildcfg: an error then exit.
func check(err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err) // ok: last words before os.Exit
		os.Exit(2)
	}
}

// net/http/cgi: an entry point in a non-main package.
func cgiMain() {
	fmt.Printf("Content-Type: text/html\r\n") // ok: an entry point's output
}

// net/http: the library's own fallback logger, an adapter with a printf
// signature; its callers choose what to log.
func logf(errorLog *log.Logger, format string, args ...any) {
	if errorLog != nil {
		errorLog.Printf(format, args...) // ok: inside a logger adapter
	} else {
		log.Printf(format, args...) // ok: inside a logger adapter
	}
}

// A service's helper: the output is logging, whatever it is called.
func (d *decoder) process(id string) {
	fmt.Printf("processing %s\n", id) // want `fmt.Printf used as logging`
	if !d.debug {
		fmt.Fprintln(os.Stderr, "skipping", id) // want `fmt.Fprintln to os.Stderr used as logging`
	}
}
