// Package statements holds loops whose statements differ per item: schema
// changes, statements on a table named by the item, lists of statements.
package statements

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/jackc/pgx/v5"
)

var ctx = context.Background()

type Index struct {
	Name   string
	Unique bool
}

func _(db *sql.DB, table string, indexes []Index) {
	for _, idx := range indexes {
		q := "CREATE "
		if idx.Unique {
			q += "UNIQUE "
		}
		q += "INDEX %s ON %s (id)"
		q = fmt.Sprintf(q, idx.Name, table)
		db.ExecContext(ctx, q) // ok: DDL, one statement per index
	}
	for _, idx := range indexes {
		db.ExecContext(ctx, fmt.Sprintf("DROP INDEX %q", idx.Name)) // ok: DDL
	}
	for _, idx := range indexes {
		db.ExecContext(ctx, "ALTER TABLE "+table+" DROP COLUMN "+idx.Name) // ok: DDL
	}
	for _, idx := range indexes {
		var stmt string
		if !idx.Unique {
			stmt = fmt.Sprintf(`
				-- drop the old one
				DROP INDEX %s`, idx.Name)
			db.ExecContext(ctx, stmt) // ok: DDL after a comment
		}
	}
}

func _(db *sql.DB, table string, indexes []Index) {
	q := "SELECT 1"
	for _, idx := range indexes {
		db.QueryContext(ctx, q, idx.Name) // want `QueryContext in a loop`
		q = "CREATE INDEX x ON t (id)"
	}
	for _, idx := range indexes {
		q := "CREATE INDEX"
		if idx.Unique {
			q = "SELECT $1"
		}
		db.QueryContext(ctx, q, idx.Name) // want `QueryContext in a loop`
	}
}

type Variant struct {
	SQL          string
	VersionTable string
}

func _(tx pgx.Tx, version int, variants []Variant, tables []string) {
	for _, v := range variants {
		tx.Exec(ctx, v.SQL)                                                                                  // ok: the statement is the item: a migration
		tx.Exec(ctx, fmt.Sprintf(`UPDATE %s SET schema_version = $1 WHERE id = 1`, v.VersionTable), version) // ok: a table per item
	}
	for _, t := range tables {
		tx.Exec(ctx, fmt.Sprintf(`UPDATE "%s" SET schema_version = $1`, t), version) // ok: a table per item
	}
}

type User struct {
	ID   int64
	Name string
}

func _(tx pgx.Tx, table string, users []User) {
	for _, u := range users {
		tx.Exec(ctx, fmt.Sprintf(`UPDATE %s SET name = $1 WHERE id = $2`, table), u.Name, u.ID) // want `\(pgx\.Tx\)\.Exec in a loop: .* batch it: one multi-row VALUES statement, CopyFrom, or a pgx\.Batch$`
	}
	for _, u := range users {
		tx.Exec(ctx, u.Name) // ok: the statement is the item
	}
	for _, u := range users {
		q, args := build(u)
		tx.Exec(ctx, q, args...) // want `\(pgx\.Tx\)\.Exec in a loop`
	}
	for _, u := range users {
		tx.QueryRow(ctx, getUser, u.ID)            // want `\(pgx\.Tx\)\.QueryRow in a loop: .* batch it: one query with ANY\(\$1\), a pgx\.Batch, or CopyFrom$`
		tx.QueryRow(ctx, upsertUser, u.ID, u.Name) // want `\(pgx\.Tx\)\.QueryRow in a loop: .* batch it: one multi-row VALUES statement, CopyFrom, or a pgx\.Batch$`
	}
}

// sqlc's generated statements start with a comment.
const getUser = `-- name: GetUser :one
SELECT id, name FROM users WHERE id = $1`

const upsertUser = `-- name: UpsertUser :one
INSERT INTO users (id, name) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET name = $2 RETURNING id`

func build(u User) (string, []any) { return "UPDATE users SET name = $1", []any{u.Name} }

// Action is an enum whose values look like SQL keywords.
type Action string

const ActionCreate Action = "CREATE"

func createSleep(ctx context.Context, tx pgx.Tx, id int64, action Action, kind string) error { // want createSleep:"roundtrip"
	_, err := tx.Exec(ctx, "INSERT INTO sleeps (id, action, kind) VALUES ($1, $2, $3)", id, action, kind)
	return err
}

func _(tx pgx.Tx, users []User) {
	for _, u := range users {
		// An enum value and one word are not statements: still reported.
		createSleep(ctx, tx, u.ID, ActionCreate, "DROP") // want `createSleep → \(pgx\.Tx\)\.Exec in a loop: .* batch it: one multi-row VALUES statement, CopyFrom, or a pgx\.Batch$`
	}
}
