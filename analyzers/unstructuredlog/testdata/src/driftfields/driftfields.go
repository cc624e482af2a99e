// Package driftfields logs with logrus fields, and printf-style elsewhere:
// the printf-style lines are drift.
package driftfields

import "github.com/sirupsen/logrus"

func _(id string, err error) {
	logrus.WithField("user", id).Info("logged in")     // ok: a field and a constant message
	logrus.WithError(err).Errorf("user %s failed", id) // ok: the error is a field
	logrus.Warnf("retrying %s", id)                    // want `logrus.Warnf formats its message printf-style`
	logrus.WithField("user", id).Warnf("retry %d", 3)  // ok: the line carries a field
	logrus.Errorf("user %s failed: %v", id, err)       // want `logrus.Errorf formats its message printf-style`
}
