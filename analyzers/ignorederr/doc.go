// Package ignorederr defines an Analyzer that reports errors that are
// dropped on the floor.
//
// # Analyzer ignorederr
//
// ignorederr: report errors that are dropped on the floor
//
// Most catastrophic failures of distributed systems begin with a non-fatal
// error that was mishandled (Yuan et al., OSDI 2014, found it in 92% of
// the failures they studied). On a laptop the disk never fills, the port
// is always free and the upstream always answers, so a dropped error
// costs nothing; in production it turns a failed write into silently lost
// data, a service that never listened into a healthy-looking process, and
// a parse failure into a zero that flows on as if it were real.
//
//	go srv.ListenAndServe()      // port in use: the process runs, serving nothing
//	defer f.Close()              // f from os.Create: a full disk loses the data silently
//	n, _ := strconv.Atoi(s)      // n is 0 when s is not a number
//
// The rewrite handles, returns or at least logs each error:
//
//	go func() {
//		if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
//			log.Fatal(err)
//		}
//	}()
//	if err := f.Close(); err != nil {
//		return err
//	}
//
// # What it reports
//
// Category dropped: a call statement whose error result is discarded,
// wherever the error is among the results: functions, methods, interface
// methods, function values, method values, closures called in place and
// generic functions, in a function that had somewhere to send the error:
// one with an error result, an HTTP handler (it has a ResponseWriter),
// main.main, or the body of a go func() {...}(). Database calls whose
// error is the only news of a failure are reported in any function,
// whether or not it can return the error:
//
//   - writes: Exec and ExecContext of database/sql's DB, Tx, Conn and Stmt
//     (and so of sqlx's), sqlx's NamedExec and NamedExecContext, and Exec
//     of pgx v4 and v5 connections, pools and transactions, called as a
//     statement. The UPDATE may not have happened and nobody will know.
//   - single-row reads: Scan of database/sql's *Row (db.QueryRow(...).Scan,
//     or a row held in a variable), of sqlx's *Row (Scan, StructScan,
//     MapScan) and of pgx's Row. A failed query reads as "not found", or
//     as the zero values the destinations held.
//   - pgx v4 and v5 BatchResults.Close, deferred or not, of a batch held
//     in a local variable whose results the function never reads one by
//     one nor hands on: Close is then the only report of a failed
//     statement of the batch.
//
// The message says what is lost and what to do: return the error where
// the function can, and otherwise log or count the failure. With
// -ignorederr.blank, also an error assigned to the blank identifier when
// every result is (_ = f()).
//
// Category value-used: x, _ := f() (or =, or var) where the blank takes an
// error and another result is used: after a failure that value is a zero
// or a partial one (strconv.Atoi gives 0, url.Parse gives nil). Same
// function gate as dropped.
//
// Category go: go f() where f returns an error: nobody can see it. The
// classic is go srv.ListenAndServe(), which hides a port already in use.
//
// Category close-write: a Close-like call whose error can mean lost
// data, dropped in a statement or a defer: Close of an *os.File that every
// assignment in the function opens for writing (os.Create, os.CreateTemp,
// os.OpenFile with a constant flag that includes O_WRONLY or O_RDWR, and
// the same methods of os.Root), (*os.File).Sync, Close and Flush of any
// writer that is not also a reader (bufio.Writer, gzip, zlib, flate, tar,
// and zip writers, io.WriteCloser, third-party upload writers) held in a
// local variable or parameter, and Commit of a transaction (sql.Tx and any
// Commit that returns only an error). A file's Close, and the Commit of
// database/sql's, sqlx's and pgx's transactions (the transaction may not
// have been committed), are reported in any function; another writer's
// Close or Flush, or another Commit, when not deferred, only where
// dropped would report (the function can pass the error on).
//
// Category overwritten: an error assigned to a local variable and then
// overwritten before anything reads it (err = a(); err = b()), or going out
// of scope unread (the second err of two x, err := ... in a block). The
// rule is syntactic and stays in one block: it reports only when the
// statements between the two assignments are a straight line that does not
// mention the variable, and keeps silent when the variable is captured by a
// closure, has its address taken, is a named result read by a bare return,
// when the function has a goto, or when a break or continue could carry
// the value out of the block to a later read.
//
// # What it does not report
//
// Each of these silences is a deliberate choice; the list entries can be
// changed with -ignorederr.exclude.
//
//   - Close whose error cannot mean lost data: files opened read-only (or
//     whose origin is not visible in the function: parameters, fields),
//     response bodies, rows, statements, connections, listeners, any
//     reader. This is errcheck's oldest complaint (its issues #55, #77 and
//     #101): defer resp.Body.Close() is noise; the Close that matters, on
//     a file being written, looks the same to it.
//   - Other deferred calls (defer os.Remove(tmp), defer conn.Close()):
//     cleanup whose error has nowhere to go.
//   - Close or Flush of a local writer made over memory: every assignment
//     to it passes a bytes.Buffer or strings.Builder (or a pointer to one),
//     or another such writer, as the first argument (zw :=
//     gzip.NewWriter(&buf), tw := tar.NewWriter(zw)). There is no device to
//     fail on, and nothing written is lost.
//   - Close or Flush of a writer held in a struct field (c.bufw.Flush()):
//     whoever owns the field knows where it writes; and Close or Flush
//     methods declared in the package being analyzed.
//   - Dropped errors in a function with no error result that is not an
//     HTTP handler, main.main or a goroutine body, except database writes:
//     String methods, usage printers and hooks have nowhere to send the
//     error, and which of them to log is a design choice, not a bug a
//     checker can see. A write whose failure loses data is not such a
//     choice.
//   - Calls of unexported functions and methods of the package being
//     analyzed, and of function literals held in local variables (apply :=
//     func(...) error {...}): the callee's author is the caller's author.
//   - Reads and writes (Read, Write, WriteString, ...) on values whose type
//     is declared in the package being analyzed, and functions writing to
//     such a value as their io.Writer (xml.EscapeText(p, b) inside
//     encoding/xml): such types usually buffer, hash or keep the first
//     error until Flush.
//   - Writes to a plain io.Writer or io.StringWriter (fmt.Fprintf(w, ...),
//     w.Write(p), and any function whose first parameter is the io.Writer
//     it writes to, like xml.EscapeText(w, b)): code handed a writer is a
//     printer, and whoever made the writer checks its Flush or Close.
//   - x, _ := f() where f reads, writes, copies or peeks (io.ReadFull,
//     r.Read, br.Peek): the count and partial data stay valid after a
//     failure.
//   - x, _ := f() whose zero is handled at once: in the if it initialises,
//     or by the first later statement of its block that mentions x, when
//     that statement compares x (or a field or len of it) with its zero
//     value (u != nil, n > 0, len(b) == 0, v.ID == "", present := v !=
//     nil), ranges over it (a failure's nil slice or map runs no
//     iterations), asserts its type with comma-ok (s, ok := v.(string)) or
//     switches on its type (a failure's nil interface matches no case), or
//     passes it to an assertion helper without results that panics on
//     zero (a function of a package named must, assert or require, or named
//     NotBeZero, NotNil, NotZero, NotEmpty, MustBe...).
//   - A lookup that cannot miss: v, _ := d.Get(k) inside if d.Has(k) (or
//     Contains, Exists) on the same receiver and key, and v, _ := a.Get(i)
//     where i is the index of a loop bounded by the receiver's length (for
//     i := 0; i < a.Len(); i++, for i := range a.Len()), not assigned in
//     the body.
//   - x, _ := f() where x is only an argument of logging calls or log
//     attribute constructors (n, _ := res.RowsAffected() then
//     slog.Int64("rows", n)): a failure logs a zero and goes nowhere else.
//   - h, _ := os.Hostname(): it reads the kernel's host name and practically
//     never fails; the value is a label.
//   - b, _ := json.Marshal(v) where v's type cannot fail to encode: only
//     strings, numbers, booleans, time.Time, and slices, arrays, pointers,
//     maps with string or integer keys, and structs of them; no
//     interfaces, channels, functions or custom MarshalJSON/MarshalText.
//     Where the type holds an interface (map[string]any) or a
//     json.RawMessage, a composite literal is judged by the values in it:
//     what is put into an interface is judged by its own type, a field
//     left out is a nil that encodes as null, and a RawMessage is safe when
//     it is a local variable that only json.Marshal sets (valid JSON, or
//     nil after a failure). A json.Number is not safe (it may hold text
//     that is not a number). (A NaN float, or a cycle of pointers, still
//     fails; that is left to tests.)
//   - The same through first-party wrappers, across packages (fact
//     jsonerr): a function whose error results are only nil or the errors
//     of json.Marshal of one of its parameters, left unchanged, and of
//     json.Unmarshal of what it encoded (bytes nothing else touches) into
//     a local map[string]any or any, directly or through another such
//     function (hatchet's datautils.ToJSONMap(v any) (map[string]any,
//     error)). Its call is judged as json.Marshal of the argument would be;
//     when the function decodes into a map, the argument must also encode
//     as a JSON object or null (a struct or a map, or a pointer to one),
//     since a string or a slice would fail to decode. A map decoded from
//     JSON and encoded again (map[string]any) is not judged safe: its
//     values are interfaces.
//   - Calls of first-party functions whose error results are benign on
//     every return: nil (zutils.ToString), or nil or the error of a call
//     that ignorederr lets drop, such as a print to a plain io.Writer (a
//     CLI's env.Printf wrapping fmt.Fprintf(e.Stdout, ...)), directly or
//     through a local variable that only such calls set, or through another
//     such function. This is computed as a fact (benignerr), across
//     packages; the standard library is covered by the lists here instead.
//     A function whose error variable escapes (its address taken), that
//     returns a parameter, a new error or any other call's error, or that
//     prints to a writer its caller passes in (Render(w io.Writer)) is not
//     benign: the call site judges the writer.
//   - A dropped call or x, _ := f() with a comment that explains it, at
//     the end of the line or just above, speaking of errors, validity,
//     defaults or why it cannot fail (n, _ := strconv.Atoi(s) // zero if
//     unset or invalid). A comment that only describes the line (// parse
//     the port) does not count.
//   - strconv.Unquote of text already checked: a Go literal's Value, or
//     in a function that calls strconv.QuotedPrefix.
//   - Functions whose last result is a bool (errors.AsType): comma-ok
//     lookups, whose error-typed results are values, not failures. Results
//     of a non-pointer type that implements error (syscall.Errno) are
//     status numbers, not error results. The error result is one whose
//     type is the error interface, or the last result when it implements
//     error; an earlier result of a concrete type that implements error
//     is a value (go-swagger's responses: in ok, err := client.Op(params)
//     the failure is err, not ok).
//   - A deferred Close, Flush or Sync when the same function also checks a
//     Close (or, for a file, a Sync) of the same value: the deferred call is
//     a safety net for early returns.
//   - A call statement followed in its block by a return of a non-nil error
//     (an error variable or constant, errors.New, fmt.Errorf, ctx.Err())
//     or a panic: best-effort cleanup on an error path, where the caller
//     hears about the first failure. Not the database writes, row reads
//     and commits reported in any function: a status UPDATE dropped
//     before returning an unrelated error is news the caller never gets.
//     (A batch's Close there is cleanup: the batch is abandoned.) Likewise a Close or Flush followed by
//     return w.Flush() or return w.Close(): the last writer of a chain
//     reports what the ones before it wrote into it.
//   - Printing to standard output and standard error: fmt.Print,
//     fmt.Printf, fmt.Println, and any write to os.Stdout or os.Stderr
//     (entries os.Stdout and os.Stderr).
//   - Writers documented never to fail: (*bytes.Buffer).Write, WriteByte,
//     WriteRune and WriteString, the same four of (*strings.Builder),
//     (hash.Hash).Write (any hash.Hash, such as sha256.New() or
//     crc32.NewIEEE()), and (*hash/maphash.Hash).Write, WriteByte and
//     WriteString. A write through fmt.Fprint, fmt.Fprintf, fmt.Fprintln
//     or io.WriteString to such a writer is excluded too.
//   - Writes to a (*bufio.Writer) (Write, WriteByte, WriteRune,
//     WriteString) or a (*text/tabwriter.Writer).Write: their errors come
//     back from Flush, which is reported.
//   - Writes to an (net/http.ResponseWriter), or anything implementing
//     it, io.Copy, io.CopyN and io.CopyBuffer into one, and
//     (*net/http.ResponseController).Flush, and a body written into one
//     by a WriteTo or Write method (p.WriteTo(w, 0)): the response is
//     committed and the client has gone.
//   - Drains: io.Copy, io.CopyN and io.CopyBuffer into io.Discard
//     (entry io.Discard).
//   - Calls that fail only on a closed connection or when misused, where
//     the next read or write reports the failure: SetDeadline,
//     SetReadDeadline and SetWriteDeadline methods taking a time.Time, on
//     any type (net.Conn, os.File, http.ResponseController; recognised by
//     signature, not an exclusion entry), (io.RuneScanner).UnreadRune,
//     (io.ByteScanner).UnreadByte, (*bufio.Reader).Discard,
//     (compress/flate.Resetter).Reset, the TCP options of *net.TCPConn
//     (SetKeepAlive, SetKeepAlivePeriod, SetKeepAliveConfig, SetNoDelay,
//     SetLinger: best effort, and net/http ignores them too), and Seek of
//     the in-memory readers
//     (*io.SectionReader, *bytes.Reader, *strings.Reader).
//   - os.Remove or os.RemoveAll of a stale Unix socket right before
//     listening: a call making a net.Listener later in the same block
//     (net.Listen, a first-party ListenUnix) reports a remove
//     that failed as an address already in use.
//   - Signals to a child process, (*os.Process).Signal and Kill: they
//     fail when it has already exited, and the Wait after them reports
//     how it ended.
//   - syscall.Getsockname and syscall.Getpeername: best-effort names of
//     a socket's ends.
//   - Closing a file descriptor: syscall.Close, golang.org/x/sys/unix.Close.
//   - Readers and writers documented never to fail beyond those above:
//     (hash.XOF).Write, the Read of SHAKE in crypto/sha3 and its internal
//     twin, and log/slog's internal buffer.
//   - Functions documented never to return an error: math/rand.Read,
//     (*math/rand.Rand).Read, crypto/rand.Read, Close and CloseWithError
//     of io.PipeReader and io.PipeWriter, log.Output and
//     (*log.Logger).Output.
//   - Constructors of errors, whose result is not a failure: errors.New,
//     errors.Join, errors.Unwrap, fmt.Errorf (vet's unusedresult reports
//     these when discarded).
//   - Scan of a result set (rows.Scan in a rows.Next loop): rows.Err
//     reports the query's failure. The Close of a pgx batch whose results
//     are read one by one (br.Exec(), br.Query()), handed to another
//     function, held in a field, or whose Close is also checked: the
//     failures surface there. A database call with a comment that
//     explains the dropped error, as for any call.
//   - (*database/sql.Tx).Rollback and (database/sql/driver.Tx).Rollback,
//     deferred or not: a best-effort undo, and database/sql discards the
//     connection when it fails.
//   - Errors that are returned, passed on, stored, sent on a channel,
//     appended, compared or wrapped: someone may look at them.
//   - x, _ := f(c) where every argument is a constant or nil
//     (blake2b.New512(nil)): the same input gives
//     the same result on every run, so a test catches it. Likewise a
//     compressor made with a constant level (flate.NewWriter(w,
//     flate.BestSpeed), gzip and zlib NewWriterLevel), whose error is
//     about the level alone.
//   - _ = f(), unless -ignorederr.blank is set: a visible, deliberate choice.
//   - _test.go files, unless -ignorederr.tests is set; generated files;
//     packages that exist to support tests (testutil, e2e, an xtest named
//     after the package it tests like net/http/httptest, or one whose
//     exported functions mostly take a testing.TB; see the README): a
//     dropped error there fails a test, not production.
//
// # Known limits
//
// value-used cannot see validation that happened before the call: a
// compression level checked in a constructor and used later from a field,
// key and nonce sizes checked at the top of a function, an address that a
// successful Dial has already parsed. Say so in a comment on the line
// (key, _ = hchacha(key, nonce) // sizes checked above) and the finding
// goes away. go cannot see a goroutine whose method also stores its error
// where the caller reads it (crypto/tls's QUIC handshake). overwritten
// does not follow control flow beyond one block, so it misses errors
// overwritten across branches; it errs on the side of silence.
//
// # Flags
//
// -ignorederr.blank also reports _ = f() and _, _ = f() (category dropped).
//
// -ignorederr.exclude takes a comma-separated list of calls whose error
// may be dropped, in the form pkg.Func or (*pkg.T).Method (pkg is the full
// import path: (*example.com/db.Tx).Rollback), added to the defaults above.
// An entry (I).Method on an interface I excludes the method on every type
// that implements I. An entry starting with - removes a default:
// -ignorederr.exclude=-fmt.Println,-(*database/sql.Tx).Rollback. A malformed
// entry is an error.
//
// -ignorederr.tests also reports in _test.go files and in packages that
// support tests.
//
// # Compared with errcheck
//
// errcheck reports every dropped error, including deferred Close of
// readers, and its users have asked for years for a way to silence
// defer resp.Body.Close() (errcheck #55, #77, #101), which its maintainers
// refused as an all-or-nothing switch. ignorederr decides by what the
// Close can lose instead: it stays silent on readers and reports the Close
// of a file opened for writing, compressed and buffered writers, Sync and
// Commit, deferred or not, and knows that a checked Close later in the
// function makes the deferred one a safety net. It starts from errcheck's
// default exclusion list (bytes.Buffer, strings.Builder, hash.Hash,
// math/rand.Read, printing to stdout and stderr) and adds writers whose
// errors are sticky (bufio.Writer) or meaningless (http.ResponseWriter).
// errcheck does not see errors overwritten before they are read
// (staticcheck's SA4006 and ineffassign do, for any value, not errors in
// particular), and gosec's G104 and revive's unhandled-error report call
// statements only.
package ignorederr
