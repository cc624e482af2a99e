// Package nplusone defines an Analyzer that will report database round trips made once per loop iteration.
//
// # Analyzer nplusone
//
// nplusone: report database round trips made once per loop iteration
//
// Not written yet.
//
// Category pending: nothing is reported yet.
package nplusone
