// Package logrus is a minimal stub of github.com/sirupsen/logrus holding what shutdown matches.
package logrus

type Level uint32

const FatalLevel Level = 1

type FieldLogger interface {
	Info(args ...any)
	Fatal(args ...any)
	Fatalf(format string, args ...any)
}

type Logger struct{}

type Entry struct{}

func New() *Logger { return &Logger{} }

func Info(args ...any)                         {}
func Fatal(args ...any)                        {}
func Fatalf(format string, args ...any)        {}
func Fatalln(args ...any)                      {}
func Exit(code int)                            {}
func WithError(err error) *Entry               { return &Entry{} }
func WithField(k string, v any) *Entry         { return &Entry{} }
func (l *Logger) Info(args ...any)             {}
func (l *Logger) Fatal(args ...any)            {}
func (l *Logger) Fatalf(f string, a ...any)    {}
func (l *Logger) Log(level Level, args ...any) {}
func (e *Entry) Info(args ...any)              {}
func (e *Entry) Error(args ...any)             {}
func (e *Entry) Fatal(args ...any)             {}
func (e *Entry) Fatalf(f string, a ...any)     {}
