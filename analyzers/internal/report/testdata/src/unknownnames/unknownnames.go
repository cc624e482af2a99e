// Package unknownnames holds directives that name analyzers the suite does
// not have: UnknownNamesOwner reports each such name once, at its directive.
package unknownnames

func bad() {}

func _() {
	//prodvet:ignore httptimout -- a misspelling // want `^prodvet:ignore names no analyzer httptimout, so it suppresses nothing; did you mean httptimeout\?$`
	bad() // want `call of bad`

	//prodvet:ignore unboundedretry,nosuchthing -- one known, one not // want `names no analyzer nosuchthing, so it suppresses nothing$`
	bad()

	//prodvet:ignore httptimeout,ctxprop -- all known; other analyzers' business
	bad() // want `call of bad`
}
