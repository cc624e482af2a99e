package testsoff

import "time"

func op() error { return nil }

func _() {
	for { // ok: a _test.go file, and -tests is off
		if op() == nil {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
