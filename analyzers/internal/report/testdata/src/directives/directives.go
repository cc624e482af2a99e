package directives

func bad() {}

func _() {
	bad() // want `call of bad`

	//prodvet:ignore first -- the line below is fine
	bad()

	bad() //prodvet:ignore first -- this line is fine

	//prodvet:ignore second,first -- several analyzers at once
	bad()

	//prodvet:ignore first // want `directive for first has no reason`
	bad() // want `call of bad`

	//prodvet:ignore first -- nothing here any more // want `directive for first suppresses nothing; remove it`

	//prodvet:ignore first,second -- stale for first only // want `directive for first suppresses nothing`
	_ = 1

	//prodvet:ignore first -- two lines below is too far // want `suppresses nothing`

	bad() // want `call of bad`
}
