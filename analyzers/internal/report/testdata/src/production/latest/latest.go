// Package latest has a name that merely ends in "test": it is not test
// support.
package latest

func bad() {}

func Fetch() {
	bad() // want `call of bad`
}
