// Package libs holds round trips of sqlx, gorm, pgx, bun and ent in loops.
package libs

import (
	"context"
	"database/sql"

	"entgo.io/ent"
	"example.com/entgen"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

var ctx = context.Background()

type Author struct{ ID, BookID int }

// sqlx

func _(db *sqlx.DB, authors []Author) {
	for _, a := range authors {
		var n int
		db.Get(&n, "SELECT count(*) FROM books WHERE author_id = ?", a.ID)                // want `^\(\*sqlx\.DB\)\.Get in a loop: a database round trip per item \(N\+1 query\); batch it: one query with sqlx\.In or a join$`
		db.SelectContext(ctx, &n, "SELECT id FROM books WHERE author_id = ?", a.ID)       // want `\(\*sqlx\.DB\)\.SelectContext in a loop`
		db.NamedExec("UPDATE authors SET seen = true WHERE id = :id", a)                  // want `\(\*sqlx\.DB\)\.NamedExec in a loop`
		db.MustExec("DELETE FROM drafts WHERE author_id = ?", a.ID)                       // want `\(\*sqlx\.DB\)\.MustExec in a loop`
		db.Queryx("SELECT * FROM books WHERE author_id = ?", a.ID)                        // want `\(\*sqlx\.DB\)\.Queryx in a loop`
		db.QueryRow("SELECT 1 WHERE ? > 0", a.ID)                                         // want `\(\*sql\.DB\)\.QueryRow in a loop`
		sqlx.Get(db, &n, "SELECT 1 WHERE ? > 0", a.ID)                                    // want `sqlx\.Get in a loop`
		_ = db.Rebind("SELECT ?")                                                         // ok: Rebind is local
		query, args, _ := sqlx.In("SELECT * FROM books WHERE author_id IN (?)", []int{1}) // ok: sqlx.In builds a query
		_, _ = query, args
	}
}

func _(tx *sqlx.Tx, q sqlx.Queryer, authors []Author) {
	for _, a := range authors {
		var n int
		tx.Get(&n, "SELECT 1 WHERE ? > 0", a.ID) // want `\(\*sqlx\.Tx\)\.Get in a loop`
		q.Queryx("SELECT 1 WHERE ? > 0", a.ID)   // want `\(sqlx\.Queryer\)\.Queryx in a loop`
	}
}

func _(db *sqlx.DB) error {
	rows, err := db.Queryx("SELECT id, book_id FROM authors")
	if err != nil {
		return err
	}
	for rows.Next() {
		var a Author
		if err := rows.StructScan(&a); err != nil { // ok: reading rows
			return err
		}
	}
	return nil
}

// gorm

func _(db *gorm.DB, authors []Author) {
	for _, a := range authors {
		var books []int
		db.Where("author_id = ?", a.ID).Find(&books) // want `^\(\*gorm\.DB\)\.Find in a loop: a database round trip per item \(N\+1 query\); batch it: Preload, Where\("id IN \?", ids\) or CreateInBatches$`
		db.First(&a, a.ID)                           // want `\(\*gorm\.DB\)\.First in a loop`
		db.Model(&a).Update("seen", true)            // want `\(\*gorm\.DB\)\.Update in a loop`
		db.Create(&a)                                // want `\(\*gorm\.DB\)\.Create in a loop`
		db.Save(&a)                                  // want `\(\*gorm\.DB\)\.Save in a loop`
		var n int64
		db.Model(&a).Count(&n)                         // want `\(\*gorm\.DB\)\.Count in a loop`
		db.Model(&a).Association("Books").Find(&books) // want `\(\*gorm\.Association\)\.Find in a loop`
		db.Raw("SELECT 1 WHERE ? > 0", a.ID).Scan(&n)  // want `\(\*gorm\.DB\)\.Scan in a loop`
		_ = db.Where("id = ?", a.ID).Preload("Books")  // ok: builders make no round trip
		db.Transaction(func(tx *gorm.DB) error {       // want `\(\*gorm\.DB\)\.Transaction in a loop`
			return tx.Create(&a).Error // ok: runs inside the transaction reported above
		})
	}
}

func _(db *gorm.DB) error {
	rows, err := db.Model(&Author{}).Rows()
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a Author
		db.ScanRows(rows, &a) // ok: ScanRows reads a row already fetched
	}
	return nil
}

func _(db *gorm.DB, authors []Author) {
	// ok: the batched rewrite
	ids := make([]int, 0, len(authors))
	for _, a := range authors {
		ids = append(ids, a.ID)
	}
	var books []int
	db.Where("author_id IN ?", ids).Find(&books)
	db.CreateInBatches(authors, 100)
}

// pgx

func _(conn *pgx.Conn, pool *pgxpool.Pool, tx pgx.Tx, ids []int) {
	for _, id := range ids {
		conn.QueryRow(ctx, "SELECT name FROM t WHERE id = $1", id) // want `^\(\*pgx\.Conn\)\.QueryRow in a loop: a database round trip per item \(N\+1 query\); batch it: one query with ANY\(\$1\), a pgx\.Batch, or CopyFrom$`
		pool.Exec(ctx, "DELETE FROM t WHERE id = $1", id)          // want `\(\*pgxpool\.Pool\)\.Exec in a loop`
		pool.Query(ctx, "SELECT * FROM t WHERE id = $1", id)       // want `\(\*pgxpool\.Pool\)\.Query in a loop`
		tx.Exec(ctx, "DELETE FROM t WHERE id = $1", id)            // want `\(pgx\.Tx\)\.Exec in a loop`
		pool.SendBatch(ctx, &pgx.Batch{})                          // want `\(\*pgxpool\.Pool\)\.SendBatch in a loop`
	}
}

func _(pool *pgxpool.Pool, ids []int) error {
	// ok: queue in the loop, send once after it, read the results per item
	b := &pgx.Batch{}
	for _, id := range ids {
		b.Queue("SELECT name FROM t WHERE id = $1", id)
	}
	br := pool.SendBatch(ctx, b)
	defer br.Close()
	for range ids {
		if _, err := br.Exec(); err != nil {
			return err
		}
	}
	for i := 0; i < b.Len(); i++ {
		br.QueryRow().Scan()
	}
	return nil
}

func _(pool *pgxpool.Pool) error {
	rows, err := pool.Query(ctx, "SELECT id FROM t")
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		rows.Scan(&id)                                         // ok: reading rows
		pool.Exec(ctx, "UPDATE t SET n = 1 WHERE id = $1", id) // want `\(\*pgxpool\.Pool\)\.Exec in a loop`
	}
	return nil
}

// bun

func _(db *bun.DB, authors []Author) {
	for _, a := range authors {
		var books []int
		db.NewSelect().Model(&books).Where("author_id = ?", a.ID).Scan(ctx) // want `^\(\*bun\.SelectQuery\)\.Scan in a loop: a database round trip per item \(N\+1 query\); batch it: one query with bun\.In\(ids\), Relation, or a bulk insert$`
		db.NewSelect().Model(&books).Count(ctx)                             // want `\(\*bun\.SelectQuery\)\.Count in a loop`
		db.NewInsert().Model(&a).Exec(ctx)                                  // want `\(\*bun\.InsertQuery\)\.Exec in a loop`
		db.QueryContext(ctx, "SELECT 1 WHERE ? > 0", a.ID)                  // want `\(\*bun\.DB\)\.QueryContext in a loop`
		db.Exec("SELECT 1 WHERE ? > 0", a.ID)                               // want `\(\*sql\.DB\)\.Exec in a loop`
		_ = db.NewSelect().Where("id IN (?)", bun.In([]int{a.ID}))          // ok: a builder
	}
}

func _(db *bun.DB, authors []Author) {
	for _, a := range authors {
		db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error { // want `\(\*bun\.DB\)\.RunInTx in a loop`
			_, err := tx.ExecContext(ctx, "DELETE FROM t WHERE id = ?", a.ID) // ok: reported as the transaction
			return err
		})
	}
}

// ent

func _(client *entgen.Client, users []*entgen.User) {
	for _, u := range users {
		u.QueryPosts().All(ctx)                     // want `^\(\*entgen\.PostQuery\)\.All in a loop: a database round trip per item \(N\+1 query\); batch it: eager-load edges with WithX or filter with IDIn$`
		u.QueryPosts().Count(ctx)                   // want `\(\*entgen\.PostQuery\)\.Count in a loop`
		client.User.Get(ctx, u.ID)                  // want `\(\*entgen\.UserClient\)\.Get in a loop`
		client.User.Create().SetName("x").Save(ctx) // want `\(\*entgen\.UserCreate\)\.Save in a loop`
		_ = client.User.Query().Clone()             // ok: a builder
		_ = u.Edges.Posts                           // ok: eager-loaded edges
	}
}

func _(client *entgen.Client) {
	// ok: the batched rewrite, WithPosts
	users, _ := client.User.Query().WithPosts().All(ctx)
	for _, u := range users {
		for _, p := range u.Edges.Posts {
			_ = p
		}
	}
}

// Look-alikes: a type named like an ent builder outside a generated client.

type ReportQuery struct{}

func (q *ReportQuery) All(ctx context.Context) ([]int, error) { return nil, nil }

type cache struct{}

func (c *cache) Get(key string) (string, bool)                      { return "", false }
func (c *cache) Exec(query string, args ...any) (sql.Result, error) { return nil, nil }

func _(q *ReportQuery, c *cache, keys []string) {
	for _, k := range keys {
		q.All(ctx)     // ok: not an ent package
		c.Get(k)       // ok: not a database type
		c.Exec("x", k) // ok: a method named Exec on a local type
	}
}

var _ ent.Hook
