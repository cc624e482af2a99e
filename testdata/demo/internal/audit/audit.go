// Package audit keeps the audit trail of orders, which compliance reads
// from an export endpoint.
package audit

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"sync"
	"time"
)

// Trail appends audit entries to a file and serves them for export.
type Trail struct {
	mu     sync.Mutex
	w      *bufio.Writer
	export *http.Server
}

// Open opens the trail at path and starts its export endpoint on addr.
func Open(path, addr string) (*Trail, error) {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	t := &Trail{w: bufio.NewWriter(f)}
	t.export = &http.Server{Addr: addr, Handler: http.FileServer(http.Dir(path)), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := t.export.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			slog.Error("audit export stopped", "err", err)
		}
	}()
	return t, nil
}

// Record appends an entry; the order handlers call it on every order. An
// audit trail must not lose entries, so a failed write stops the service.
func (t *Trail) Record(orderID string, cents int64) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, err := fmt.Fprintf(t.w, "%s %s %d\n", time.Now().UTC().Format(time.RFC3339), orderID, cents); err != nil {
		slog.Error("audit write failed", "order", orderID, "err", err)
		os.Exit(1)
	}
}

// Close flushes the trail and stops the export endpoint.
func (t *Trail) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.w.Flush(); err != nil {
		return err
	}
	return t.export.Shutdown(context.Background())
}
