package testsoff

import "context"

func helperInTest(ctx context.Context) {
	db.Ping() // ok: test files are reported only with -tests
	_ = context.Background()
}
