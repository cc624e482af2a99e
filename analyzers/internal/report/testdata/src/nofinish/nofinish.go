package nofinish

func bad() {}

func _() {
	//prodvet:ignore first -- suppressed even without Finish
	bad()

	//prodvet:ignore first -- stale, but nobody checks
}
