// Package klog buffers log lines until Flush.
package klog

// Flush writes the buffered lines.
func Flush() {}

// Info buffers a line.
func Info(args ...any) {}
