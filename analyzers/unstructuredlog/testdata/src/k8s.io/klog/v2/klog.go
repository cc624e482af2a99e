// Package klog is a minimal stub of k8s.io/klog/v2 holding what unstructuredlog matches.
package klog

type Level int32

type Verbose struct{ enabled bool }

func V(level Level) Verbose { return Verbose{} }

func (v Verbose) Enabled() bool                                      { return v.enabled }
func (v Verbose) Info(args ...any)                                   {}
func (v Verbose) Infof(format string, args ...any)                   {}
func (v Verbose) InfoS(msg string, keysAndValues ...any)             {}
func (v Verbose) ErrorS(err error, msg string, keysAndValues ...any) {}

type ObjectRef struct{ Name, Namespace string }

func KRef(namespace, name string) ObjectRef { return ObjectRef{name, namespace} }

func Info(args ...any)                                                   {}
func Warning(args ...any)                                                {}
func Error(args ...any)                                                  {}
func Infof(format string, args ...any)                                   {}
func Warningf(format string, args ...any)                                {}
func Errorf(format string, args ...any)                                  {}
func Fatalf(format string, args ...any)                                  {}
func InfoS(msg string, keysAndValues ...any)                             {}
func ErrorS(err error, msg string, keysAndValues ...any)                 {}
func InfoSDepth(depth int, msg string, keysAndValues ...any)             {}
func ErrorSDepth(depth int, err error, msg string, keysAndValues ...any) {}
