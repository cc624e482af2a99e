// Package testsflag checks that _test.go files are reported only with -tests.
package testsflag
