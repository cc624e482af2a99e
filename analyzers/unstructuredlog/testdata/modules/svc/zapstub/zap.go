// Package zap is a minimal stub of go.uber.org/zap holding what unstructuredlog matches.
package zap

import "go.uber.org/zap/zapcore"

type Field = zapcore.Field

func String(key, val string) Field  { return Field{Key: key, String: val} }
func Int(key string, val int) Field { return Field{Key: key} }
func Error(err error) Field         { return Field{Key: "error"} }

type Logger struct{}

func NewNop() *Logger                                                { return &Logger{} }
func L() *Logger                                                     { return &Logger{} }
func S() *SugaredLogger                                              { return &SugaredLogger{} }
func (l *Logger) Sugar() *SugaredLogger                              { return &SugaredLogger{} }
func (l *Logger) With(fields ...Field) *Logger                       { return l }
func (l *Logger) Named(s string) *Logger                             { return l }
func (l *Logger) Log(lvl zapcore.Level, msg string, fields ...Field) {}
func (l *Logger) Debug(msg string, fields ...Field)                  {}
func (l *Logger) Info(msg string, fields ...Field)                   {}
func (l *Logger) Warn(msg string, fields ...Field)                   {}
func (l *Logger) Error(msg string, fields ...Field)                  {}
func (l *Logger) DPanic(msg string, fields ...Field)                 {}
func (l *Logger) Panic(msg string, fields ...Field)                  {}
func (l *Logger) Fatal(msg string, fields ...Field)                  {}

type SugaredLogger struct{}

func (s *SugaredLogger) Desugar() *Logger                         { return &Logger{} }
func (s *SugaredLogger) With(args ...any) *SugaredLogger          { return s }
func (s *SugaredLogger) Debug(args ...any)                        {}
func (s *SugaredLogger) Info(args ...any)                         {}
func (s *SugaredLogger) Warn(args ...any)                         {}
func (s *SugaredLogger) Error(args ...any)                        {}
func (s *SugaredLogger) DPanic(args ...any)                       {}
func (s *SugaredLogger) Panic(args ...any)                        {}
func (s *SugaredLogger) Fatal(args ...any)                        {}
func (s *SugaredLogger) Debugf(template string, args ...any)      {}
func (s *SugaredLogger) Infof(template string, args ...any)       {}
func (s *SugaredLogger) Warnf(template string, args ...any)       {}
func (s *SugaredLogger) Errorf(template string, args ...any)      {}
func (s *SugaredLogger) DPanicf(template string, args ...any)     {}
func (s *SugaredLogger) Panicf(template string, args ...any)      {}
func (s *SugaredLogger) Fatalf(template string, args ...any)      {}
func (s *SugaredLogger) Debugw(msg string, keysAndValues ...any)  {}
func (s *SugaredLogger) Infow(msg string, keysAndValues ...any)   {}
func (s *SugaredLogger) Warnw(msg string, keysAndValues ...any)   {}
func (s *SugaredLogger) Errorw(msg string, keysAndValues ...any)  {}
func (s *SugaredLogger) DPanicw(msg string, keysAndValues ...any) {}
func (s *SugaredLogger) Panicw(msg string, keysAndValues ...any)  {}
func (s *SugaredLogger) Fatalw(msg string, keysAndValues ...any)  {}
func (s *SugaredLogger) Debugln(args ...any)                      {}
func (s *SugaredLogger) Infoln(args ...any)                       {}
func (s *SugaredLogger) Warnln(args ...any)                       {}
func (s *SugaredLogger) Errorln(args ...any)                      {}
