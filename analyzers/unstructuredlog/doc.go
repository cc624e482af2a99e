// Package unstructuredlog defines an Analyzer that will report log lines that cannot be searched or correlated.
//
// # Analyzer unstructuredlog
//
// unstructuredlog: report log lines that cannot be searched or correlated
//
// Not written yet.
//
// Category pending: nothing is reported yet.
package unstructuredlog
