package variant

import (
	"context"
	"crypto/tls"
	"database/sql"
	"log/slog"
	"net"
	"net/http"
	"os/exec"

	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/jmoiron/sqlx"
	"varapi"
)

var db *sql.DB

func queries(ctx context.Context, tx *sql.Tx, stmt *sql.Stmt) {
	db.Query("SELECT 1")    // want `db.Query does not take the context in scope \(it ignores deadline and cancellation\); use db.QueryContext`
	db.QueryRow("SELECT 1") // want `db.QueryRow does not take the context in scope .*; use db.QueryRowContext`
	db.Exec("DELETE")       // want `db.Exec does not take .*; use db.ExecContext`
	db.Prepare("SELECT 1")  // want `db.Prepare does not take .*; use db.PrepareContext`
	db.Ping()               // want `db.Ping does not take .*; use db.PingContext`
	db.Begin()              // want `db.Begin does not take .*; use db.BeginTx`
	tx.Exec("UPDATE")       // want `tx.Exec does not take .*; use tx.ExecContext`
	tx.Stmt(stmt)           // want `tx.Stmt does not take .*; use tx.StmtContext`
	stmt.Query(1)           // want `stmt.Query does not take .*; use stmt.QueryContext`
	// no fix: a method expression takes its receiver first, so the
	// context cannot simply be passed first
	(*sql.DB).Begin(db) // want `\(\*sql.DB\).Begin does not take .*; use \(\*sql.DB\).BeginTx`
}

func request(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest("GET", "http://x", nil) // want `http.NewRequest does not take .*; use http.NewRequestWithContext`
	_ = req
	exec.Command("ls", "-l") // want `exec.Command does not take .*; use exec.CommandContext`
}

func dial(ctx context.Context, d *net.Dialer, td *tls.Dialer, conn *tls.Conn) {
	d.Dial("tcp", "x:1")             // want `d.Dial does not take .*; use d.DialContext`
	td.Dial("tcp", "x:1")            // want `td.Dial does not take .*; use td.DialContext`
	conn.Handshake()                 // want `conn.Handshake does not take .*; use conn.HandshakeContext`
	net.Dial("tcp", "x:1")           // want `net.Dial does not take .*; use \(\*net.Dialer\).DialContext`
	net.Dial("unix", "/s")           // ok: a unix socket connects at once
	d.DialContext(ctx, "tcp", "x:1") // ok: takes the context
}

func httpCalls(ctx context.Context, c *http.Client) {
	http.Get("http://x")            // want `http.Get does not take .*; use http.NewRequestWithContext and a client's Do`
	http.Head("http://x")           // want `http.Head does not take`
	http.PostForm("http://x", nil)  // want `http.PostForm does not take`
	c.Get("http://x")               // want `c.Get does not take .*; use http.NewRequestWithContext and c.Do`
	c.Post("http://x", "text", nil) // want `c.Post does not take`
}

func thirdParty(ctx context.Context, x *sqlx.DB, svc *s3.S3) {
	var n int
	x.Select(&n, "SELECT 1")             // want `x.Select does not take .*; use x.SelectContext`
	x.Get(&n, "SELECT 1")                // want `x.Get does not take .*; use x.GetContext`
	x.Query("SELECT 1")                  // want `x.Query does not take .*; use x.QueryContext`
	svc.GetObject(&s3.GetObjectInput{})  // want `svc.GetObject does not take .*; use svc.GetObjectWithContext`
	x.SelectContext(ctx, &n, "SELECT 1") // ok: takes the context
}

type Store struct{ *sql.DB }

func (s *Store) Load(id int) error                             { return nil }
func (s *Store) LoadContext(ctx context.Context, id int) error { return nil }

type Querier interface {
	Query(q string, args ...any) (*sql.Rows, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func userAPIs(ctx context.Context, s *Store, q Querier, c *varapi.Client[string]) {
	s.Load(1)                // want `s.Load does not take .*; use s.LoadContext`
	s.Exec("DELETE")         // want `s.Exec does not take .*; use s.ExecContext`
	q.Query("SELECT 1")      // want `q.Query does not take .*; use q.QueryContext`
	varapi.Fetch("http://x") // want `varapi.Fetch does not take .*; use varapi.FetchWithContext`
	c.Put("x")               // want `c.Put does not take .*; use c.PutContext`
	varapi.Notify(nil, 1)    // ok: NotifyContext takes other parameters
	varapi.Hidden(1)         // ok: the variant is unexported
	varapi.Close()           // ok: the only variant takes no context
	s.LoadContext(ctx, 1)    // ok: takes the context
	(*sql.DB).Query(db, "q") // ok: method expression, not rewritten
}

func notInScope(tx *sql.Tx) {
	db.Query("SELECT 1") // ok: no context in scope
	http.Get("http://x") // ok: no context in scope
}

func goAndDefer(ctx context.Context) {
	go db.Exec("DELETE") // ok: runs in a new goroutine
	go func() {
		db.Exec("DELETE") // ok: a goroutine may outlive ctx
	}()
	defer db.Exec("UNLOCK") // ok: cleanup runs when ctx may be cancelled
}

func logs(ctx context.Context, l *slog.Logger) {
	slog.Info("hello") // ok: log calls are reported only with -log-funcs
	l.Warn("hello")    // ok: log calls are reported only with -log-funcs
}

func shadowed(ctx context.Context) {
	{
		ctx := "x"
		_ = ctx
		db.Ping() // want `db.Ping does not take .*; use db.PingContext`
	}
}
