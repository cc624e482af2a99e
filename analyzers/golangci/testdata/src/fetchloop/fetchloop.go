// Package fetchloop calls remote.Fetch in a loop: an N+1 query only when
// the plugin's nplusone.funcs setting declares remote.Fetch a round trip.
package fetchloop

import "remote"

func _(ids []string) {
	for _, id := range ids {
		remote.Fetch(id) // want `remote\.Fetch in a loop`
	}
}
