package testsflag

func F() error { return nil }
