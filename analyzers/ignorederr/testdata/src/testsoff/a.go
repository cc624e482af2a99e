package testsoff

func F() error { return nil }
