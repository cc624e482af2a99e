package overwritten

import "errors"

func a() error        { return nil }
func b() error        { return nil }
func v() (int, error) { return 0, nil }
func use(...any)      {}
func cond() bool      { return true }

func _() error {
	err := a() // want `error from a assigned to err is overwritten before it is checked`
	err = b()
	return err
}

func _() error {
	var err error
	err = a() // want `error from a assigned to err is overwritten`
	use(1)
	n, err := v()
	use(n)
	return err
}

func _() {
	n, err := v()
	if err != nil {
		return
	}
	m, err := v() // want `error from v assigned to err is never checked \(err goes out of scope\)`
	use(n, m)
}

func _() {
	for i := 0; i < 3; i++ {
		err := a()
		if err != nil {
			return
		}
		err = b() // want `error from b assigned to err is never checked`
		use(i)
	}
}

func _() {
	var err error = a() // want `error from a assigned to err is overwritten`
	err = b()
	use(err)
}

// Negatives.

func _() error {
	err := a()
	if err != nil { // ok: read before the overwrite
		return err
	}
	err = b()
	return err
}

func _() error {
	err := a()
	err = errors.Join(err, b()) // ok: the old value is read on the right
	return err
}

func _() (err error) {
	err = a() // ok: named result, read by the bare return
	if cond() {
		return
	}
	err = b()
	return
}

func _() (err error) {
	err = a() // ok: named result, read by the caller at the end
	use(1)
	return
}

func _() error {
	var err error
	defer func() { use(err) }()
	err = a() // ok: the deferred closure reads it
	err = b()
	return err
}

func _() error {
	err := a() // ok: its address is taken, anyone may read it
	p := &err
	use(p)
	err = b()
	return err
}

func _() error {
	var err error
	for i := 0; i < 3; i++ {
		err = a() // ok: break leaves the loop with err, which is read after it
		if cond() {
			break
		}
		err = b()
	}
	return err
}

func _() error {
	var err error
	for i := 0; i < 3; i++ {
		err = a() // ok: the loop may end here and err is read after it
	}
	return err
}

func _() error {
	var err error
	if cond() {
		err = a() // ok: read after the if
	}
	return err
}

func _() error {
	err := a() // ok: goto may come back
L:
	if err != nil {
		return err
	}
	err = b()
	if cond() {
		goto L
	}
	return nil
}

func _() error {
	err := a() // ok: conditionally overwritten, checked on the other path
	if cond() {
		err = b()
	}
	return err
}

func _() {
	err := a()
	switch {
	case cond():
		err = b() // ok: err belongs to the enclosing block, read below
	}
	use(err)
}

func _() error {
	var err error
	for i := 0; i < 3; i++ {
		err = a() // ok: the labeled loop inside the sibling keeps its break inside
	inner:
		for {
			break inner
		}
		if err != nil {
			return err
		}
	}
	return err
}
