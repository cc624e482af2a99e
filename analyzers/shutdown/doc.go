// Package shutdown defines an Analyzer that reports services that die badly.
//
// # Analyzer shutdown
//
// shutdown: report servers that die badly on deploy or exit
//
// Placeholder.
package shutdown
