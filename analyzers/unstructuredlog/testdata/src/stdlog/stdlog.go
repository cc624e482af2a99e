package stdlog

import (
	"errors"
	"log"
	stdlog "log"
	"os"
)

const debug = false

type server struct {
	logger *log.Logger
	*log.Logger
}

func _(id string, err error) {
	log.Printf("user %s failed: %v", id, err) // want `log.Printf writes an unstructured log line; use log/slog`
	log.Println("starting")                   // want `log.Println writes an unstructured log line`
	log.Fatal(err)                            // want `log.Fatal writes an unstructured log line`
	stdlog.Print("renamed import")            // want `stdlog.Print writes an unstructured log line`
	log.Default().Printf("x %d", 1)           // want `\(\*log.Logger\).Printf writes an unstructured log line`
}

func _(s *server, err error) {
	s.logger.Printf("request failed: %v", err) // want `s.logger.Printf writes an unstructured log line`
	s.Println("embedded logger")               // want `s.Println writes an unstructured log line`
	l := log.New(os.Stderr, "svc ", 0)         // ok: constructing a logger logs nothing
	l.Panicf("bad state %v", err)              // want `l.Panicf writes an unstructured log line`
	_ = log.Output(2, "raw")                   // want `log.Output writes an unstructured log line`
	f := log.Printf
	f("method value") // ok: a call through a function value is not resolved
}

func _() {
	log.SetFlags(0)        // ok: configuration, not a log line
	log.SetPrefix("svc: ") // ok: configuration, not a log line
	_ = errors.New("boom") // ok: not logging
	if debug {
		log.Printf("trace %d", 1) // ok: under a constant-false condition, never runs
	}
	if !debug {
		return
	} else {
		log.Println("dead") // ok: else branch of a constant-true condition
	}
}

type fakeLog struct{}

func (fakeLog) Printf(format string, args ...any) {}

func _() {
	log := fakeLog{}
	log.Printf("x %d", 1) // ok: a local variable named log is not the standard package
}
