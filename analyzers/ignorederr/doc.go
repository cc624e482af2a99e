// Package ignorederr defines an Analyzer that will report errors that are dropped on the floor.
//
// # Analyzer ignorederr
//
// ignorederr: report errors that are dropped on the floor
//
// Not written yet.
//
// Category pending: nothing is reported yet.
package ignorederr
