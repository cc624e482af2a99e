// Package driftfields logs with logrus fields, and printf-style elsewhere:
// the printf-style lines are drift.
package driftfields

import "github.com/sirupsen/logrus"

func _(id string, err error) {
	logrus.WithField("user", id).Info("logged in")     // ok: a field and a constant message
	logrus.WithError(err).Errorf("user %s failed", id) // want `\(\*logrus.Entry\).Errorf formats its message printf-style`
	logrus.Warnf("retrying %s", id)                    // want `logrus.Warnf formats its message printf-style`
	logrus.WithField("user", id).Warnf("retry %d", 3)  // want `\(\*logrus.Entry\).Warnf formats its message printf-style`
}
