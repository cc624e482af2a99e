// Package unboundedretry defines an Analyzer that will report retry loops that never give up.
//
// # Analyzer unboundedretry
//
// unboundedretry: report retry loops that never give up
//
// Not written yet.
//
// Category pending: nothing is reported yet.
package unboundedretry
