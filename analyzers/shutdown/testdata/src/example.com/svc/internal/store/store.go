// Package store is a library that calls an exit wrapper of another package.
package store

import "example.com/svc/internal/server"

// Open opens the store.
func Open(dsn string) {
	if dsn == "" {
		server.Fatal("no dsn") // want `server.Fatal \(via log.Fatal\) ends the process from library package store`
	}
}
