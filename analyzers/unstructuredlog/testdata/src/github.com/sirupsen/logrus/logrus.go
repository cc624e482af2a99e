// Package logrus is a minimal stub of github.com/sirupsen/logrus holding what unstructuredlog matches.
package logrus

type Fields map[string]any

type Logger struct{}

type Entry struct{ Logger *Logger }

type FieldLogger interface {
	WithField(key string, value any) *Entry
	Info(args ...any)
	Infof(format string, args ...any)
	Error(args ...any)
	Errorf(format string, args ...any)
}

func New() *Logger            { return &Logger{} }
func StandardLogger() *Logger { return &Logger{} }

func WithField(key string, value any) *Entry { return &Entry{} }
func WithFields(fields Fields) *Entry        { return &Entry{} }
func WithError(err error) *Entry             { return &Entry{} }

func Trace(args ...any)                 {}
func Debug(args ...any)                 {}
func Print(args ...any)                 {}
func Info(args ...any)                  {}
func Warn(args ...any)                  {}
func Warning(args ...any)               {}
func Error(args ...any)                 {}
func Panic(args ...any)                 {}
func Fatal(args ...any)                 {}
func Tracef(format string, args ...any) {}
func Debugf(format string, args ...any) {}
func Printf(format string, args ...any) {}
func Infof(format string, args ...any)  {}
func Warnf(format string, args ...any)  {}
func Errorf(format string, args ...any) {}
func Fatalf(format string, args ...any) {}
func Infoln(args ...any)                {}

func (l *Logger) WithField(key string, value any) *Entry { return &Entry{} }
func (l *Logger) WithFields(fields Fields) *Entry        { return &Entry{} }
func (l *Logger) WithError(err error) *Entry             { return &Entry{} }
func (l *Logger) Info(args ...any)                       {}
func (l *Logger) Warn(args ...any)                       {}
func (l *Logger) Error(args ...any)                      {}
func (l *Logger) Infof(format string, args ...any)       {}
func (l *Logger) Printf(format string, args ...any)      {}
func (l *Logger) Errorf(format string, args ...any)      {}
func (l *Logger) Infoln(args ...any)                     {}

func (e *Entry) WithField(key string, value any) *Entry { return e }
func (e *Entry) WithFields(fields Fields) *Entry        { return e }
func (e *Entry) WithError(err error) *Entry             { return e }
func (e *Entry) Info(args ...any)                       {}
func (e *Entry) Warn(args ...any)                       {}
func (e *Entry) Error(args ...any)                      {}
func (e *Entry) Infof(format string, args ...any)       {}
func (e *Entry) Warnf(format string, args ...any)       {}
func (e *Entry) Errorf(format string, args ...any)      {}
