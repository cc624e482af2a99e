package others

func bad() {}

func _() {
	//prodvet:ignore first,second -- names other analyzers only
	bad() // want `call of bad`

	//prodvet:ignore first
	bad() // want `call of bad`
}
