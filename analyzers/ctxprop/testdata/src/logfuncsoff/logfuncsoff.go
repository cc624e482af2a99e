package logfuncsoff

import (
	"context"
	"log/slog"
)

type logger struct{}

func (logger) Infof(format string, args ...any)                             {}
func (logger) InfofContext(ctx context.Context, format string, args ...any) {}

func handle(ctx context.Context, l *slog.Logger, my logger) {
	slog.Info("start")  // ok: log calls are reported only with -log-funcs
	l.Warn("slow")      // ok: log calls are reported only with -log-funcs
	my.Infof("x %d", 1) // ok: a logger's level method, reported only with -log-funcs
}
