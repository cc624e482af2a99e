package logx // want package:"structured"

// Package logx is the module's structured logger: a package that imports
// it is part of a module that logs structurally.

import "log/slog"

func New() *slog.Logger { return slog.Default().With("svc", "x") }
