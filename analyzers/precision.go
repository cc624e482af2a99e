package analyzers

// Precision returns the precision of the named analyzer's findings in
// SARIF's terms (very-high, high, medium, low), which GitHub code scanning
// shows and filters by; "" for a name not in the suite.
//
// The values are measured, not hoped for: the share of findings judged
// real or minor (worth examining) among those judged in the triaged corpus
// of real services (testdata/triage): very-high from 95%, high from 80%,
// medium from 50%; low below, and for an analyzer without verdicts (not
// proven). TestPrecision recomputes them and fails when the verdicts move
// an analyzer to another band.
func Precision(name string) string {
	switch name {
	case "shutdown", "unboundedinput":
		return "very-high"
	case "unstructuredlog", "nplusone", "httptimeout", "ctxprop":
		return "high"
	case "ignorederr":
		return "medium"
	case "unboundedretry":
		return "low"
	}
	return ""
}
