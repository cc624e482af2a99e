// Package bench pins the real modules that prodvet's benchmark
// (go run ./internal/cmd/bench) and CI's robustness sweep (.ci/sweep)
// analyze. Importing them here makes go mod tidy record them with their
// dependencies in go.mod and go.sum; nothing is built from this package.
package bench

import (
	_ "github.com/go-resty/resty/v2"
	_ "github.com/gorilla/websocket"
	_ "github.com/jackc/pgx/v5"
	_ "github.com/minio/minio-go/v7"
	_ "github.com/redis/go-redis/v9"
	_ "github.com/slack-go/slack"
)
