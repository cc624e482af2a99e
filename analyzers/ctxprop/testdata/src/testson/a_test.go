package testson

import "context"

func helperInTest(ctx context.Context) {
	db.Ping()                // want `db.Ping does not take`
	_ = context.Background() // want `context.Background\(\) discards`
}
