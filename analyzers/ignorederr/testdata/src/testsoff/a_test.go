package testsoff

func _() error {
	F() // ok: _test.go files are skipped by default
	return nil
}
