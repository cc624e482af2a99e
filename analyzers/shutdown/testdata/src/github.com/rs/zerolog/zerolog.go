// Package zerolog is a minimal stub of github.com/rs/zerolog holding what shutdown matches.
package zerolog

type Level int8

const FatalLevel Level = 4

type Logger struct{}

type Event struct{}

func (l *Logger) Info() *Event                 { return &Event{} }
func (l *Logger) Fatal() *Event                { return &Event{} }
func (l *Logger) WithLevel(level Level) *Event { return &Event{} }

func (e *Event) Err(err error) *Event         { return e }
func (e *Event) Msg(msg string)               {}
func (e *Event) Msgf(format string, v ...any) {}
