// Package log is a minimal stub of github.com/rs/zerolog/log holding what unstructuredlog matches.
package log

import "github.com/rs/zerolog"

var Logger = zerolog.Logger{}

func Info() *zerolog.Event           { return Logger.Info() }
func Error() *zerolog.Event          { return Logger.Error() }
func Warn() *zerolog.Event           { return Logger.Warn() }
func Err(err error) *zerolog.Event   { return Logger.Err(err) }
func Debug() *zerolog.Event          { return Logger.Debug() }
func Print(v ...any)                 {}
func Printf(format string, v ...any) {}
