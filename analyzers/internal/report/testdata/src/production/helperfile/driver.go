// Package helperfile is production code with one helper file for tests
// (testing.go): the helper does not make the package test support.
package helperfile

type Driver struct{}

func bad() {}

func Open() *Driver {
	bad() // want `call of bad`
	return &Driver{}
}

func Close(d *Driver) {}
