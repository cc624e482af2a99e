//go:build !unix

package main

import "os"

// peakRSS is unknown where there is no rusage; the table shows 0.
func peakRSS(*os.ProcessState) int64 { return 0 }
