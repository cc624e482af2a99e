// Package batches holds loops that send batches, and look-alikes that send
// one item per round trip.
package batches

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
)

var ctx = context.Background()

type Doc struct{ ID int64 }

func chunk(ids []int64, n int) [][]int64 { return nil }

func _(db *sql.DB, ids []int64) {
	for _, batch := range chunk(ids, 500) {
		db.ExecContext(ctx, "DELETE FROM t WHERE id = ANY($1)", batch) // ok: the element is a batch of ids
	}
}

// buildInsert makes one multi-row INSERT for docs.
func buildInsert(docs []*Doc) (string, []any) {
	q := "INSERT INTO docs (id) VALUES " + strings.Repeat("(?),", len(docs))
	args := make([]any, len(docs))
	for i, d := range docs {
		args[i] = d.ID
	}
	return q, args
}

func _(tx pgx.Tx, docs []*Doc) {
	var batch []*Doc
	for len(docs) > 0 {
		i := min(100, len(docs))
		batch, docs = docs[:i], docs[i:]
		q, args := buildInsert(batch)
		tx.Exec(ctx, q, args...) // ok: one multi-row INSERT per chunk of 100 docs
	}
}

func _(db *sql.DB, ids []int64) {
	for i := 0; i < len(ids); i += 500 {
		db.Exec("DELETE FROM t WHERE id = ANY($1)", ids[i:min(i+500, len(ids))]) // ok: a sub-slice
	}
}

func _(db *sql.DB, groups map[string][]int64) {
	for _, ids := range groups {
		var args []any
		for _, id := range ids {
			args = append(args, id)
		}
		db.Exec("DELETE FROM t WHERE id IN (?, ?, ?)", args...) // ok: args are built from the group
	}
}

// BulkParams is a bulk statement's parameters in columns, as sqlc makes them.
type BulkParams struct {
	IDs   []int64
	Names []string
}

func _(db *sql.DB, byStep map[string]BulkParams) {
	for _, p := range byStep {
		db.Exec("INSERT INTO t SELECT * FROM unnest($1, $2)", p.IDs, p.Names) // ok: a batch in columns
	}
}

// Look-alikes: one item per round trip.

type Row struct {
	ID   int64
	Tags []string
}

func _(db *sql.DB, records [][]any, blobs [][]byte, raws []json.RawMessage, rows []Row) {
	for _, rec := range records {
		db.Exec("INSERT INTO t VALUES ($1, $2)", rec...) // want `Exec in a loop: .* batch it: one multi-row VALUES statement, or COPY$`
	}
	for _, rec := range records {
		db.Exec("INSERT INTO t VALUES ($1, $2)", rec[0], rec[1]) // want `Exec in a loop`
	}
	for _, b := range blobs {
		db.Exec("INSERT INTO blobs VALUES ($1)", b) // want `Exec in a loop`
	}
	for _, r := range raws {
		db.Exec("INSERT INTO docs VALUES ($1)", r) // want `Exec in a loop`
	}
	for _, r := range rows {
		db.Exec("UPDATE t SET tags = $1 WHERE id = $2", r.Tags, r.ID) // want `Exec in a loop: .* batch it: one multi-row VALUES statement, or COPY$`
	}
	args := make([]any, 0, 2)
	for _, r := range rows {
		args = append(args[:0], r.ID)
		db.Exec("DELETE FROM t WHERE id = $1", args...) // want `Exec in a loop: .* batch it: one query with IN / ANY\(\$1\) or a join$`
	}
}

func _(db *sql.DB, users []Row) {
	for _, u := range users {
		q := fmt.Sprintf("SELECT name FROM users WHERE id = %d", u.ID)
		db.QueryRow(q) // want `QueryRow in a loop: .* batch it: one query with IN / ANY\(\$1\) or a join$`
	}
}
