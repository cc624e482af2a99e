package analyzers

// OnByDefault reports whether the named analyzer runs when none is
// selected by name. An analyzer added since the triage corpus of real
// services (testdata/triage) exists joins the default suite only once its
// findings there meet the precision targets of docs/precision.md: at least
// 60% judged real and at most 5% false. Until then it ships behind its own
// switch, so that a new rule that still cries wolf cannot get the whole
// suite switched off: users turn it on by name (-NAME, "enabled: true" in
// .prodvet.yml, "enable:" in golangci-lint's settings). TestOnByDefault
// checks this against the verdicts. The six analyzers older than the
// corpus stay on while their precision work goes on (docs/precision.md
// tracks them against the same targets).
func OnByDefault(name string) bool {
	switch name {
	case "shutdown":
		return false
	}
	return true
}

// Defaults returns the names of the analyzers that run when none is
// selected by name, in the suite's order.
func Defaults() []string {
	var names []string
	for _, a := range All() {
		if OnByDefault(a.Name) {
			names = append(names, a.Name)
		}
	}
	return names
}
