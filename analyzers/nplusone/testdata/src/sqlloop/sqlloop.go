// Package sqlloop holds database/sql calls inside and around loops.
package sqlloop

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"time"
)

type User struct {
	ID       int
	TeamID   int
	TeamName string
}

var ctx = context.Background()

func _(db *sql.DB, users []User) {
	for _, u := range users {
		db.QueryRowContext(ctx, "SELECT name FROM teams WHERE id = $1", u.TeamID).Scan(&u.TeamName) // want `^\(\*sql\.DB\)\.QueryRowContext in a loop: a database round trip per item \(N\+1 query\); batch it: one query with IN / ANY\(\$1\) or a join$`
	}
}

func _(tx *sql.Tx, ids map[int]bool) {
	for id := range ids {
		tx.ExecContext(ctx, "DELETE FROM users WHERE id = $1", id) // want `\(\*sql\.Tx\)\.ExecContext in a loop`
	}
}

func _(conn *sql.Conn, ids []int) {
	for i := 0; i < len(ids); i++ {
		conn.QueryContext(ctx, "SELECT 1 WHERE $1", ids[i]) // want `\(\*sql\.Conn\)\.QueryContext in a loop`
	}
}

func _(db *sql.DB, ids []int) {
	for i := len(ids) - 1; i >= 0; i-- {
		db.Exec("DELETE FROM t WHERE id = $1", ids[i]) // want `\(\*sql\.DB\)\.Exec in a loop`
	}
}

func _(db *sql.DB, ids []int) {
	for i := range len(ids) {
		db.Query("SELECT * FROM t WHERE id = $1", ids[i]) // want `\(\*sql\.DB\)\.Query in a loop`
	}
}

func _(db *sql.DB, stmt *sql.Stmt, names []string) {
	for _, n := range names {
		stmt.ExecContext(ctx, n) // want `\(\*sql\.Stmt\)\.ExecContext in a loop`
	}
}

func _(db *sql.DB, names []string) {
	for _, n := range names {
		db.PrepareContext(ctx, "SELECT "+n) // want `\(\*sql\.DB\)\.PrepareContext in a loop`
	}
}

// Rows of an earlier query are data.
func _(db *sql.DB) error {
	rows, err := db.QueryContext(ctx, "SELECT id, team_id FROM users")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var u User
		if err := rows.Scan(&u.ID, &u.TeamID); err != nil { // ok: reading rows is not a round trip
			return err
		}
		db.QueryRowContext(ctx, "SELECT name FROM teams WHERE id = $1", u.TeamID).Scan(&u.TeamName) // want `QueryRowContext in a loop`
	}
	return rows.Err()
}

// An embedded *sql.DB and an alias.
type Store struct{ *sql.DB }

type Handle = *sql.DB

func _(s Store, h Handle, ids []int) {
	for _, id := range ids {
		s.QueryRow("SELECT $1", id) // want `\(\*sql\.DB\)\.QueryRow in a loop`
		h.QueryRow("SELECT $1", id) // want `\(\*sql\.DB\)\.QueryRow in a loop`
	}
}

// A method value.
func _(db *sql.DB, ids []int) {
	exec := db.ExecContext
	for _, id := range ids {
		exec(ctx, "DELETE FROM t WHERE id = $1", id) // want `\(\*sql\.DB\)\.ExecContext in a loop`
	}
}

// Nested data loops report once, at the innermost.
func _(db *sql.DB, groups [][]int) {
	for _, g := range groups {
		for _, id := range g {
			db.Exec("DELETE FROM t WHERE id = $1", id) // want `Exec in a loop`
		}
	}
}

// A retry loop inside a loop over data is still one query per item.
func _(db *sql.DB, ids []int) {
	for _, id := range ids {
		for attempt := 0; attempt < 3; attempt++ {
			if _, err := db.Exec("UPDATE t SET n = n + 1 WHERE id = $1", id); err == nil { // want `Exec in a loop`
				break
			}
		}
	}
}

// A break that leaves only the inner loop: one query per outer item.
func _(db *sql.DB, users []User, teams []int) {
	for _, u := range users {
		for _, t := range teams {
			if t == u.TeamID {
				db.Exec("UPDATE users SET active = true WHERE id = $1", u.ID) // want `Exec in a loop`
				break
			}
		}
	}
}

// A channel made and filled here, and an iterator.
func _(db *sql.DB, ids []int) {
	ch := make(chan int)
	go func() {
		for _, id := range ids {
			ch <- id
		}
		close(ch)
	}()
	for id := range ch {
		db.Exec("DELETE FROM t WHERE id = $1", id) // want `Exec in a loop`
	}
}

func _(db *sql.DB, seq func(func(int) bool)) {
	for id := range seq {
		db.Exec("DELETE FROM t WHERE id = $1", id) // want `Exec in a loop`
	}
}

// A function literal called in place, and a deferred one.
func _(db *sql.DB, ids []int) {
	for _, id := range ids {
		func() {
			db.Exec("DELETE FROM t WHERE id = $1", id) // want `Exec in a loop`
		}()
	}
}

// A user's interface that *sql.DB satisfies.
type Querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func _(q Querier, ids []int) {
	for _, id := range ids {
		q.QueryRowContext(ctx, "SELECT $1", id) // want `^\(sqlloop\.Querier\)\.QueryRowContext in a loop`
	}
}

// Generic code whose type parameter is a querier.
func each[Q interface { // want each:"roundtrip"
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}](q Q, ids []int) {
	for _, id := range ids {
		q.ExecContext(ctx, "DELETE FROM t WHERE id = $1", id) // want `ExecContext in a loop`
	}
}

// Negatives.

func _(db *sql.DB, ids []int) error {
	// ok: a loop that builds one query run after it
	var b strings.Builder
	args := make([]any, 0, len(ids))
	for i, id := range ids {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("?")
		args = append(args, id)
	}
	_, err := db.Exec("DELETE FROM t WHERE id IN ("+b.String()+")", args...)
	return err
}

func _(db *sql.DB) error {
	// ok: a bounded retry loop around one query
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, err = db.Exec("UPDATE t SET n = 1"); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func _(db *sql.DB) error {
	// ok: a bounded retry loop with range over an int
	for range 3 {
		if err := db.PingContext(ctx); err == nil {
			_, err = db.Exec("UPDATE t SET n = 1")
			return err
		}
	}
	return errors.New("down")
}

func _(db *sql.DB, done chan struct{}) {
	// ok: polling loop, repeats over time
	t := time.NewTicker(time.Minute)
	for {
		select {
		case <-t.C:
			db.Exec("DELETE FROM sessions WHERE expires < now()")
		case <-done:
			return
		}
	}
}

func _(db *sql.DB, t *time.Ticker) {
	// ok: ticker loop
	for range t.C {
		db.Exec("DELETE FROM sessions WHERE expires < now()")
	}
}

func _(db *sql.DB, jobs <-chan int) {
	// ok: consumer loop over a queue owned by someone else
	for id := range jobs {
		db.Exec("UPDATE jobs SET done = true WHERE id = $1", id)
	}
}

var migrations = []string{
	"CREATE TABLE users (id int)",
	"CREATE TABLE teams (id int)",
}

func _(db *sql.DB) {
	// ok: loops over a short constant list
	for _, m := range migrations {
		db.Exec(m)
	}
	for _, table := range []string{"users", "teams"} {
		db.Exec("TRUNCATE " + table)
	}
	for i := 0; i < len(migrations); i++ {
		db.Exec(migrations[i])
	}
	stmts := []string{"VACUUM", "ANALYZE"}
	for _, s := range stmts {
		db.Exec(s)
	}
}

func _(db *sql.DB, shards [4]*sql.DB) {
	// ok: an array has a fixed count
	for _, s := range shards {
		s.Exec("DELETE FROM sessions")
	}
}

func _(db *sql.DB, users []User, id int) (User, error) {
	// ok: the query runs once, then the loop returns
	for _, u := range users {
		if u.ID == id {
			err := db.QueryRow("SELECT name FROM teams WHERE id = $1", u.TeamID).Scan(&u.TeamName)
			return u, err
		}
	}
	return User{}, nil
}

func _(db *sql.DB, users []User) error {
	// ok: the query runs once, then the loop breaks
	for _, u := range users {
		if u.TeamID == 0 {
			_, err := db.Exec("DELETE FROM users WHERE id = $1", u.ID)
			if err != nil {
				return err
			}
			break
		}
	}
	return nil
}

func _(db *sql.DB, ids []int) {
	// ok: the range expression runs once
	for _, r := range rowsOf(db.Query("SELECT id FROM t")) {
		_ = r
	}
	// ok: a function literal stored for later is not run per item
	var hooks []func()
	for _, id := range ids {
		hooks = append(hooks, func() { db.Exec("DELETE FROM t WHERE id = $1", id) })
	}
	_ = hooks
}

func rowsOf(*sql.Rows, error) []int { return nil }

func _(db *sql.DB, names []string) {
	// ok: a loop over a string's characters, and non-database calls
	for _, r := range "abc" {
		db.Exec("SELECT $1", r)
	}
	for _, n := range names {
		_ = strings.ToUpper(n)
	}
}

func _(db *sql.DB, ids []int, n int) {
	// ok: a counted loop to n, which may be a retry bound
	for i := 0; i < n; i++ {
		db.Exec("SELECT 1")
	}
}
