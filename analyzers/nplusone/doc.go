// Package nplusone defines an Analyzer that reports database round trips
// made once per item of a loop over data (N+1 queries).
//
// # Analyzer nplusone
//
// nplusone: report database round trips made once per loop iteration
//
// A query inside a loop over data turns one request into as many round
// trips as there are items. On a laptop with ten rows it is invisible; in
// production the same page makes a thousand queries, each paying network
// latency and a connection from the pool, and the database melts under
// real data. Batching turns N+1 round trips into one or two.
//
//	for _, p := range posts {
//		a, err := store.AuthorByID(ctx, p.AuthorID) // one round trip per post
//		...
//	}
//
// reports
//
//	store.AuthorByID → (*sql.DB).QueryRowContext in a loop: a database
//	round trip per item (N+1 query); batch it: one query with IN / ANY($1)
//	or a join
//
// # What it reports
//
// A loop over data is a range loop over a slice, a map, len(x), an
// iterator function or a channel made in the same function; a three-clause
// loop counting up to (or down from) len(x); and for rows.Next(), which
// reads the rows of an earlier query. The round trip must run in the
// loop's body, in the same function or in a function literal called in
// place.
//
// Category query-in-loop: a direct call, in such a loop, of a round-trip
// API, matched by type: database/sql (*DB, *Tx, *Conn: Query, QueryRow,
// Exec, Prepare and their Context forms; *Stmt: Query, QueryRow, Exec),
// sqlx (Get, Select, Queryx, QueryRowx, NamedExec, NamedQuery, MustExec,
// Preparex, PrepareNamed and Context forms, and the package functions
// sqlx.Get, sqlx.Select, ...), gorm terminal methods (First, Find, Take,
// Last, Create, Save, Update, Updates, UpdateColumn(s), Delete, Count,
// Pluck, Scan, Row, Rows, Exec, FirstOrCreate, FirstOrInit,
// CreateInBatches, FindInBatches, Transaction, and the Association
// methods; not builders such as Where, Preload, Model, Raw), pgx v5
// (*pgx.Conn, pgx.Tx, *pgxpool.Pool, *pgxpool.Conn, *pgxpool.Tx: Query,
// QueryRow, Exec, SendBatch, CopyFrom, Prepare; pgx.BeginFunc), bun
// (*bun.DB, Tx, Conn: Query, QueryRow, Exec and Context forms, RunInTx;
// Scan, Exec, Count, ScanAndCount, Exists of the query builders), ent
// (see below), and the functions named by -nplusone.funcs. Methods
// promoted from an embedded *sql.DB, aliases, method values and
// interfaces satisfied by these types (a Querier with QueryRowContext,
// sqlx.Queryer, a type parameter constrained by such an interface) are
// the same round trips.
//
// Category query-via-call: a call, in such a loop, of a function or method
// that makes a round trip on some path, directly or through its callees,
// including goroutines it starts and function literals it calls. The
// analyzer exports a fact on every such function, so this works across
// packages and under go vet -vettool. The message shows the chain, from
// the call in the loop down to the round trip:
// s.Author → (*store.Store).AuthorByID → (*sql.DB).QueryRowContext.
// Closures bound to a local variable once, method values, generic
// functions and methods of generic types are followed.
//
// Category query-in-goroutine-loop: a goroutine started per item (a go
// statement, errgroup's Go, sync.WaitGroup's Go) that makes a round trip:
// a parallel N+1. A limit (errgroup's SetLimit) bounds the concurrency,
// not the number of queries.
//
// Every message names the round trip and suggests the batched form for
// its library and operation; Related points at the loop's header. Inserts
// and updates (a statement starting with INSERT, UPDATE, UPSERT, REPLACE or
// MERGE, after comments such as sqlc's "-- name:" line; gorm's Create,
// Save, Update(s); bun's insert and update queries; ent's create and update
// builders; pgx's CopyFrom) get write advice: a multi-row VALUES statement,
// COPY or CopyFrom, a pgx.Batch, gorm's CreateInBatches, ent's CreateBulk.
// Reads and deletes get IN / ANY($1) / join advice. The statement is
// followed through constants, concatenations, fmt.Sprintf formats and the
// last straight-line assignment of a local variable, and across helpers
// by the fact.
//
// # Ent
//
// ent is a code generator: there is no fixed API to match, so nplusone
// recognises the shape of the generated client. A method is an ent round
// trip when its receiver is a type whose name ends in Query, Select,
// GroupBy, Client, Create, CreateBulk, Update, UpdateOne, Delete,
// DeleteOne, UpsertOne or UpsertBulk (UserQuery, UserClient, ...), it is a
// terminal method (All, First, Only, IDs, Count, Exist, Scan, Save, Exec,
// Get, their X forms, ...), its first parameter is a context.Context, and
// its package imports entgo.io/ent and declares a type Client and a
// function NewClient, as every generated package does. Builders (Where,
// WithPosts, QueryPosts) are not round trips; u.QueryPosts().All(ctx) is.
//
// # The batched rewrite
//
// Collect the keys in the loop, make one round trip after it, and join in
// memory:
//
//	ids := make([]int64, 0, len(posts))
//	for _, p := range posts {
//		ids = append(ids, p.AuthorID)
//	}
//
// then, per library:
//
//   - database/sql with PostgreSQL: db.QueryContext(ctx, "SELECT id, name
//     FROM authors WHERE id = ANY($1)", ids) (pgx's stdlib driver takes a
//     slice; lib/pq wants pq.Array(ids)); elsewhere build IN (?, ?, ...), or
//     join the tables in the first query.
//   - sqlx: q, args, err := sqlx.In("SELECT * FROM authors WHERE id IN
//     (?)", ids); then db.SelectContext(ctx, &authors, db.Rebind(q),
//     args...).
//   - gorm: db.Preload("Author").Find(&posts) loads the association in one
//     more query; db.Where("id IN ?", ids).Find(&authors); write with
//     db.CreateInBatches(rows, 100) or db.Create(&rows) with a slice.
//   - pgx: pool.Query(ctx, "... WHERE id = ANY($1)", ids); or queue the
//     statements with b.Queue in the loop and send them once with
//     pool.SendBatch(ctx, b); bulk-load rows with CopyFrom.
//   - bun: db.NewSelect().Model(&authors).Where("id IN (?)",
//     bun.In(ids)).Scan(ctx), or .Relation("Author") on the posts query;
//     insert a slice with db.NewInsert().Model(&rows).Exec(ctx).
//   - ent: client.Post.Query().WithAuthor().All(ctx) eager-loads the edge;
//     client.User.Query().Where(user.IDIn(ids...)).All(ctx); create with
//     client.User.CreateBulk(builders...).Save(ctx).
//
// # What it does not report
//
//   - for rows.Next() { rows.Scan(...) }, gorm's ScanRows, pgx's
//     BatchResults (reading rows or batch results is not a round trip),
//     and pgx.Batch.Queue in a loop with one SendBatch after it.
//   - A loop that builds one query run after it, and a round trip in the
//     range expression, which runs once.
//   - Loops over batches: a round trip whose arguments include a batch, or
//     a value computed from one in the loop (q, args := buildInsert(batch)).
//     A batch is the loop's element when it is itself a slice (for _, batch
//     := range chunk(ids, 500)) or a struct whose fields are all slices
//     (sqlc's bulk parameters, grouped per key), or a sub-slice taken in
//     the loop (batch, docs = docs[:n], docs[n:]; ids[i:j]). A slice of
//     bytes is one value, an element spread into the arguments
//     (db.Exec(q, row...)) is one row's parameters, and args[:0] is a
//     reused buffer: those are still reported.
//   - Schema changes: a statement starting with CREATE, DROP or ALTER, as a
//     constant, a concatenation or a fmt.Sprintf format (per-index CREATE
//     INDEX, per-partition DROP TABLE). One statement per index or table
//     cannot be batched with IN.
//   - A statement on a table named by the item: fmt.Sprintf with a verb
//     right after FROM, INTO, UPDATE, TABLE or JOIN whose argument is a
//     variable of the loop (UPDATE %s SET schema_version = $1 over a list of
//     version tables). A table name that is the same on every iteration is
//     still reported.
//   - A list of statements: the statement of a database API is the loop's
//     item or a field of it (tx.Exec(ctx, m.SQL) over migrations).
//   - Loops that repeat over time, not over data: for { select ... },
//     tickers, a bounded retry loop (for attempt := 0; attempt < 3;
//     attempt++, for range 3), a counted loop up to a variable, and a range
//     over a channel the function did not make (a consumer or worker loop,
//     one query per message is its job).
//   - Loops over a short constant list: a composite literal, a variable
//     defined by one and never assigned again (migrations, table names), an
//     array, a string.
//   - A round trip followed in its block by a return, or by a break out of
//     the loop: it runs once per loop, not per item (a break out of an
//     inner loop still leaves one round trip per item of an outer loop).
//   - Function literals that are stored, returned or passed on (handlers,
//     hooks, sort callbacks): they do not run per item where they are
//     written. The closures run by gorm's Transaction, bun's RunInTx and
//     pgx.BeginFunc are not reported inside: the transaction call is.
//   - Calls of functions that make no round trip, and HTTP, cache and
//     other non-database calls (list them in -nplusone.funcs to include
//     them), methods of look-alike types (a local Exec, a ReportQuery
//     outside an ent client), interface methods that no known database
//     type satisfies, and function values whose origin is unknown
//     (parameters, fields, reassigned variables).
//   - Round trips behind an interface implemented by user code (a
//     Repository interface): which implementation runs is decided at run
//     time, often in another package.
//   - Round trips that fill a cache: after an early return taken when a
//     field is already set (if r.colls != nil { return ... }), or inside an
//     if taken while it is not (if r.colls == nil { ... }), in a function
//     that sets that field. They run once, not per call, so a loop over the
//     function's callers makes no N+1.
//   - _test.go files, unless -nplusone.tests is set; generated files.
//
// # Flags
//
// -nplusone.funcs: comma-separated functions and methods whose calls are
// round trips, as (*pkg/path.T).Method, (pkg/path.T).Method or
// pkg/path.Func with the full import path, for in-house data clients:
//
//	-nplusone.funcs='(*example.com/cache.Client).Get,example.com/rpc.Fetch'
//
// A malformed entry is an error. -nplusone.tests: also report in _test.go
// files and in packages that support tests.
//
// # Compared with its peers
//
// goqueryguard matches the same libraries by type and follows helpers with
// facts, but resolves interfaces and cross-package calls with a call graph
// built by go/packages inside the pass, so under go vet -vettool it is only
// hermetic with its call graph turned off; nplusone needs nothing beyond
// the facts the go command passes between packages, and says which
// callees lead to the round trip. unqueryvet (in golangci-lint) has no
// types: it matches method names and guesses from receiver names such as
// db, repo or client, so an HTTP client.Get in a loop is reported and a
// store method named differently is not; nplusone matches type objects,
// so names do not matter either way. Of the two, only goqueryguard
// reports goroutines started per item. CodeQL's experimental
// database-call-in-loop query knows gorm only.
package nplusone
