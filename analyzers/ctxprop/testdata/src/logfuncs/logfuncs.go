package logfuncs

import (
	"context"
	"log/slog"
)

func handle(ctx context.Context, l *slog.Logger) {
	slog.Info("start")                  // want `slog.Info does not take the context in scope .*; use slog.InfoContext`
	l.Error("failed", "n", 1)           // want `l.Error does not take .*; use l.ErrorContext`
	l.InfoContext(ctx, "ok")            // ok: takes the context
	slog.Log(ctx, slog.LevelInfo, "ok") // ok: takes the context
}
