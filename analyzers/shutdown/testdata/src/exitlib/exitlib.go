// Package exitlib is a library that ends the process in many ways.
package exitlib

import (
	"errors"
	stdlog "log"
	"os"
	"syscall"

	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

var errBad = errors.New("bad")

func init() {
	if os.Getenv("EXITLIB_BAD") != "" {
		stdlog.Fatal("bad environment") // ok: startup code (see -startup-exits)
	}
}

func _() { os.Exit(1) }                  // want `os.Exit ends the process from library package exitlib`
func _() { syscall.Exit(1) }             // want `syscall.Exit ends the process`
func _() { stdlog.Fatalf("%v", errBad) } // want `log.Fatalf ends the process`
func _() { stdlog.Fatalln(errBad) }      // want `log.Fatalln ends the process`

func _(l *stdlog.Logger) { l.Fatal(errBad) } // want `l.Fatal ends the process`

func _(l *zap.Logger) { l.Fatal("bad", zap.Error(errBad)) } // want `l.Fatal ends the process`

func _(s *zap.SugaredLogger) {
	s.Fatalf("bad: %v", errBad)    // want `s.Fatalf ends the process`
	s.Fatalw("bad", "err", errBad) // want `s.Fatalw ends the process`
}

func _() { zap.L().Fatal("bad") } // want `zap.L\(\).Fatal ends the process`

func _() {
	logrus.Fatal(errBad)                // want `logrus.Fatal ends the process`
	logrus.WithError(errBad).Fatal("x") // want `logrus.WithError\(errBad\).Fatal ends the process`
	logrus.Exit(1)                      // want `logrus.Exit ends the process`
}

func _(l *logrus.Logger) { l.Fatalf("bad: %v", errBad) } // want `l.Fatalf ends the process`

func _(l logrus.FieldLogger) { l.Fatal(errBad) } // want `l.Fatal ends the process`

func _() { zlog.Fatal().Err(errBad).Msg("bad") } // want `log.Fatal ends the process`

func _(l *zerolog.Logger) { l.Fatal().Msg("bad") } // want `l.Fatal ends the process`

// fatalf is an exit wrapper: its callers are reported, not its body.
func fatalf(format string, args ...any) {
	stdlog.Fatalf(format, args...) // ok: the callers decide
}

// exitOn wraps the wrapper.
func exitOn(err error) {
	if err != nil {
		fatalf("%v", err) // ok: a wrapper too
	}
}

func _() {
	fatalf("bad")  // want `fatalf \(via log.Fatalf\) ends the process`
	exitOn(errBad) // want `exitOn \(via exitlib.fatalf → log.Fatalf\) ends the process`
}

func _(l *zerolog.Logger) {
	l.WithLevel(zerolog.FatalLevel).Msg("bad") // ok: WithLevel does not exit
	stdlog.Print(errBad)                       // ok: no exit
	logrus.WithError(errBad).Error("bad")      // ok
}

type reporter struct{}

// Fatal is a method of the package's own that does not exit.
func (reporter) Fatal(msg string) {}

func _(r reporter) { r.Fatal("bad") } // ok: not an exit
