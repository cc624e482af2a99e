package testsflag

func _() error {
	F() // want `error from F is dropped`
	return nil
}
