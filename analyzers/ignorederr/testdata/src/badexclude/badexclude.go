package badexclude

// F has an error result; the scenario imports nothing, so only this
// package is analyzed and its result carries the configuration error.
func F() error { return nil }
