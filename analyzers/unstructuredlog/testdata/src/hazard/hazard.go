// Package hazard logs structurally, so its formatted messages are drift;
// only those that hide an error or an ID on a line searched during an
// outage are reported by default (-per-line reports them all).
package hazard

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"

	"github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
)

func _(ctx context.Context, l *slog.Logger, id string, err error) {
	log.Error().Msgf("cannot delete message %s: %s", id, err)          // want `\(\*zerolog.Event\).Msgf formats its message printf-style`
	log.Warn().Msgf("slow flush of queue %s", id)                      // want `\(\*zerolog.Event\).Msgf formats its message printf-style`
	log.Info().Msgf("lookup failed: %v", err)                          // want `\(\*zerolog.Event\).Msgf formats its message printf-style`
	log.Error().Str("queue", id).Msgf("failed: %v", err)               // want `\(\*zerolog.Event\).Msgf formats its message printf-style`
	l.WarnContext(ctx, fmt.Sprintf("failed to set deadline: %s", err)) // want `message of l.WarnContext is built with fmt.Sprintf`
	logrus.Errorf("publish %s failed: %v", id, err)                    // want `logrus.Errorf formats its message printf-style`
	log.Printf("search: %s", err)                                      // want `log.Printf formats its message printf-style`
}

func _(ctx context.Context, l *slog.Logger, id, addr string, err error, level slog.Level) {
	log.Error().Err(err).Msgf("failed to receive from queue %s", id) // ok: the error is a field, the queue merely repeated
	log.Err(err).Msgf("failed to requeue %s", id)                    // ok: log.Err starts an event holding the error as a field
	log.Logger.Err(err).Msgf("failed to requeue %s", id)             // ok: so does (*zerolog.Logger).Err
	log.Warn().Str("queue", id).Msgf("slow flush of queue %s", id)   // ok: the values are fields already
	logrus.WithError(err).Errorf("user %s failed", id)               // ok: the error is a field
	l.ErrorContext(ctx, "query failed: "+id, "err", err)             // ok: attributes hold the error
	log.Debug().Msgf("renewed lock for queue %s", id)                // ok: debug level
	l.DebugContext(ctx, fmt.Sprintf(">>> %s", id))                   // ok: debug level
	logrus.Debugf("converted %s", id)                                // ok: debug level
	l.Log(ctx, slog.LevelDebug, "trace "+id)                         // ok: a constant debug level
	log.Info().Msgf("serving GRPC on %s", addr)                      // ok: an info line that formats no error
	l.InfoContext(ctx, fmt.Sprintf("Listening on TCP %s...", addr))  // ok: an info line that formats no error
	if l.Enabled(ctx, slog.LevelDebug) {
		l.InfoContext(ctx, "Request message:\n"+id) // ok: guarded by a debug-level check
	}
	if l.Enabled(ctx, level) {
		l.Log(ctx, level, "response: "+id) // want `message of l.Log is built with string concatenation`
	}
}

// handleSignals runs once, and its lines report a shutdown or a reload.
func handleSignals(l *slog.Logger) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	for sig := range ch {
		log.Info().Msgf("signal received: %v", sig) // ok: a signal handler
		if err := reload(); err != nil {
			log.Error().Msgf("error reloading: %v", err) // ok: a reload, on an operator's signal
		}
	}
}

func reload() error { return nil }

func init() {
	if err := reload(); err != nil {
		log.Error().Msgf("cannot load config: %v", err) // ok: init runs once, before serving
	}
}
