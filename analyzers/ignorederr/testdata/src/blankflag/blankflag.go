package blankflag

import "os"

func f() error { return nil }

func _() error {
	_ = f()            // want `error from f is assigned to the blank identifier`
	_ = os.Remove("x") // want `error from os.Remove is assigned to the blank identifier`
	if err := f(); err != nil {
		_ = os.Remove("x") // ok: error path
		return err
	}
	x := 1
	_ = x // ok: not a call
	return nil
}
