package logrcase

import (
	"fmt"

	"github.com/go-logr/logr"
)

type reconciler struct {
	log logr.Logger
}

func _(r *reconciler, name string, n int, err error) {
	r.log.Info(fmt.Sprintf("reconciling %s", name))       // want `message of r.log.Info is built with fmt.Sprintf`
	r.log.Error(err, "failed "+name)                      // want `message of r.log.Error is built with string concatenation`
	r.log.Info("reconciling", "name", name, "generation") // want `key "generation" of r.log.Info has no value \(the pair is mangled in the log\)`
	r.log.V(1).Info("reconciling", n, name)               // want `n of \(logr.Logger\).Info is in a key position but is not a string`
	r.log.Error(err, "failed", err)                       // want `error err of r.log.Error is in a key position \(the pair is mangled in the log\); give it a key`
	r.log.WithValues("name").Info("x")                    // want `key "name" of r.log.WithValues has no value`
}

func _(r *reconciler, name string, err error) {
	r.log.Info("reconciling", "name", name)             // ok
	r.log.Error(err, "reconcile failed", "name", name)  // ok
	r.log.WithValues("name", name).V(2).Info("requeue") // ok
}
