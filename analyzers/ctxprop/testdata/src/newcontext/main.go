package newcontext

import "context"

func init() {
	_ = load(context.Background(), 1) // ok: init has no context in scope
}

func TestMain(m interface{ Run() int }) {
	_ = load(context.Background(), 1) // ok: TestMain has no context in scope
}
