package testson

import "time"

func op() error { return nil }

func _() {
	for { // want `retry loop around op has no attempt limit`
		if op() == nil {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
