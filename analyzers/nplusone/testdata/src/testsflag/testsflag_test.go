package testsflag

import (
	"database/sql"
	"testing"
)

func TestSeed(t *testing.T) { // want TestSeed:"roundtrip"
	var db *sql.DB
	for _, id := range []int{1, 2} {
		db.Exec("INSERT INTO t VALUES ($1)", id) // ok: a constant list
	}
	ids := make([]int, 100)
	for _, id := range ids {
		db.Exec("INSERT INTO t VALUES ($1)", id) // want `Exec in a loop`
	}
}
