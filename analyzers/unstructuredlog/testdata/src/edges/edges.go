package edges

import (
	"fmt"
	. "log/slog"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

type Z = zap.SugaredLogger

type entry struct{ *logrus.Entry }

type T struct{}

func (T) Error() string { return "t" }

func _(z *Z, e entry, id string, t T) {
	Info(fmt.Sprintf("dot %s", id)) // want `message of Info is built with fmt.Sprintf`
	z.Infof("alias %s", id)         // want `z.Infof formats its message printf-style`
	e.Warnf("embedded %s", id)      // want `e.Warnf formats its message printf-style`
	(z.Infow)("x", "k")             // want `key "k" of z.Infow has no value`
	Info(t.Error())                 // want `message of Info is built with t.Error\(\)`
	z.Error(t)                      // want `message of z.Error is built with the text of error t`
	z.Infow("x", t)                 // ok: zap logs an error argument as a field
	Info("x", "k", id)              // ok
}
