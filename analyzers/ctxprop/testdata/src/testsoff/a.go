package testsoff

import (
	"context"
	"database/sql"
)

var db *sql.DB

func load(ctx context.Context) {
	db.Ping() // want `db.Ping does not take`
}
