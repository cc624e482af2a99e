// Package zap is a minimal stub of go.uber.org/zap holding what shutdown matches.
package zap

type Field struct{}

func Error(err error) Field { return Field{} }

type Logger struct{}

func NewProduction() (*Logger, error)               { return &Logger{}, nil }
func L() *Logger                                    { return &Logger{} }
func (l *Logger) Sugar() *SugaredLogger             { return &SugaredLogger{} }
func (l *Logger) Info(msg string, fields ...Field)  {}
func (l *Logger) Error(msg string, fields ...Field) {}
func (l *Logger) Fatal(msg string, fields ...Field) {}
func (l *Logger) Panic(msg string, fields ...Field) {}
func (l *Logger) Sync() error                       { return nil }

type SugaredLogger struct{}

func (s *SugaredLogger) Infof(template string, args ...any)      {}
func (s *SugaredLogger) Fatal(args ...any)                       {}
func (s *SugaredLogger) Fatalf(template string, args ...any)     {}
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...any) {}
func (s *SugaredLogger) Fatalln(args ...any)                     {}
func (s *SugaredLogger) Sync() error                             { return nil }
