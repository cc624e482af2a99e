// Package withtests exits only in its tests.
package withtests

// Add adds.
func Add(a, b int) int { return a + b }
