// Package houselogrus uses logrus as a printf logger only, never with
// fields: one finding, advising logrus's own fields.
package houselogrus

import "github.com/sirupsen/logrus"

func _(id string, err error) {
	logrus.Infof("user %s logged in", id) // ok: an info line that formats no error, not counted
	logrus.Error(err)                     // want `package houselogrus logs 2 lines unstructured and none structured \(house style, reported once\); use WithField\(s\) and a constant message`
	logrus.Warnf("retry %s: %v", id, err) // ok: counted in the package's finding
	logrus.Info("started")                // ok: a constant message, not counted
}
