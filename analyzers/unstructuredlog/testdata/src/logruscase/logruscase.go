package logruscase

import (
	"fmt"

	log "github.com/sirupsen/logrus"
)

type svc struct {
	logger *log.Logger
	fl     log.FieldLogger
}

func _(s *svc, id string, n int, err error) {
	log.Infof("user %s logged in", id)                  // want `log.Infof formats its message printf-style; use WithField\(s\) and a constant message`
	log.Printf("n=%d", n)                               // want `log.Printf formats its message printf-style`
	log.WithField("user", id).Errorf("failed: %v", err) // want `\(\*logrus.Entry\).Errorf formats its message printf-style`
	s.logger.Infof("x %d", n)                           // want `s.logger.Infof formats its message printf-style`
	s.fl.Errorf("x %v", err)                            // want `s.fl.Errorf formats its message printf-style`
	log.Info("user ", id, " logged in")                 // want `log.Info concatenates its operands into the message`
	log.Error(err)                                      // want `message of log.Error is built with the text of error err`
	log.Warn(fmt.Sprintf("retry %d", n))                // want `message of log.Warn is built with fmt.Sprintf`
	s.logger.WithError(err).Error("failed: " + id)      // want `message of \(\*logrus.Entry\).Error is built with string concatenation`
	log.Infoln("id", id)                                // want `log.Infoln concatenates its operands`
}

func _(s *svc, id string, err error) {
	log.WithField("user", id).Info("user logged in")                      // ok: constant message with a field
	log.WithFields(log.Fields{"user": id}).WithError(err).Error("failed") // ok
	s.logger.Info("started")                                              // ok: one constant operand
	log.WithField("detail", fmt.Sprintf("%s!", id)).Warn("odd input")     // ok: formatted field value
	log.Infof("ready")                                                    // ok: constant format without operands
}

func _() {
	log.Info("service ", "started") // ok: concatenated constants are a constant message
}
