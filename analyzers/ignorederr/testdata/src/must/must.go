// Package must is a stub of a first-party assertion package (FerretDB's
// internal/util/must).
package must

// NotBeZero panics if v is the zero value of its type.
func NotBeZero[T comparable](v T) {
	var zero T
	if v == zero {
		panic("zero value")
	}
}

// Use is not an assertion: it has a result.
func Use(v any) any { return v }
