// Package stdlike has an import path like the standard library's, whose
// helpers are not followed.
package stdlike

import "context"

func handle(ctx context.Context) {
	helper() // ok: the standard library makes contexts legitimately; not followed
}

func helper() {
	_ = context.Background()
}
