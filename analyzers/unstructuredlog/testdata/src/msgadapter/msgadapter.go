// Package msgadapter logs through a helper that prefixes its callers'
// messages: the callers choose the message, so they are checked.
package msgadapter

import (
	"log/slog"
	"strconv"
)

type broker struct {
	name string
	l    *slog.Logger
}

// logErrorMsg prefixes msg; the error and the broker are attributes.
func (b *broker) logErrorMsg(msg string, err error) {
	b.l.Error("stream broker: "+msg, "err", err, "broker", b.name) // ok: a message adapter
}

// warnMsg has no attributes.
func (b *broker) warnMsg(msg string) {
	b.l.Warn("stream broker: " + msg) // ok: a message adapter
}

func (b *broker) run(id int, pass string, err error) {
	b.logErrorMsg("outbox forward failed", err)           // ok: a constant message
	b.logErrorMsg("error cleaning up expired "+pass, err) // ok: the error is an attribute of the adapter
	b.warnMsg("lag on partition " + strconv.Itoa(id))     // want `message passed to b.warnMsg is built with string concatenation`
	b.warnMsg("cleanup done")                             // ok: a constant message
}

// handle does more than log: its message is built at run time.
func handle(l *slog.Logger, id string) {
	l.Warn("rejected user " + id) // want `message of l.Warn is built with string concatenation`
	_ = id
}
