// Package custom declares a round trip through -nplusone.funcs.
package custom

import "custom/rpc"

func _(c *rpc.Client, ids []string) {
	for _, id := range ids {
		c.Get(id)     // want `^\(\*rpc\.Client\)\.Get in a loop: a database round trip per item \(N\+1 query\); batch it: fetch all items in one call before the loop$`
		rpc.Fetch(id) // want `rpc\.Fetch in a loop`
		c.Local(id)   // ok: not listed
	}
}

func fetchAll(c *rpc.Client, ids []string) { // want fetchAll:"roundtrip"
	for _, id := range ids {
		c.Get(id) // want `\(\*rpc\.Client\)\.Get in a loop`
	}
}
