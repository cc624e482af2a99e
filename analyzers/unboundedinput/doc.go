// Package unboundedinput defines an Analyzer that reports input read or
// allocated with no size limit.
//
// # Analyzer unboundedinput
//
// unboundedinput: report input read or allocated with no size limit
//
// Every public endpoint receives input nobody imagined. Go reads as much
// as it is given: io.ReadAll of a request body, a json.Decoder on it, a
// gzip reader copied to the end, a line read from a connection, a slice
// made as long as a number the client sent. On a laptop the input is a
// few kilobytes; in production one request with a 10 GB body, a 100 KB
// gzip bomb that expands to 10 GB, an endless line or a length prefix of
// 4 GB takes the whole process down with it (OOM kill), and every request
// it was serving.
//
// Category request-body: io.ReadAll (or ioutil.ReadAll), a decoder
// (encoding/json, encoding/xml, encoding/gob, yaml, toml, msgpack, cbor,
// goccy/go-json, json-iterator), bytes.Buffer.ReadFrom, csv.Reader.ReadAll
// or io.Copy into a bytes.Buffer or strings.Builder, reading the body of
// a request the server received, or an uploaded file (from FormFile, a
// multipart.FileHeader or a part of MultipartReader), and gin's
// BindJSON, BindXML, BindYAML, BindTOML, their ShouldBind forms,
// ShouldBindBodyWith and GetRawData, and echo's Bind, which read the body
// the same way.
//
//	func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
//		var o Order
//		json.NewDecoder(r.Body).Decode(&o) // json.NewDecoder decodes the request body with no size limit
//
// The fix: cap the body before reading it, in the handler or, once, in a
// middleware:
//
//	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
//
// When more than three reads in one package have no limit, reading bodies
// with no limit is the package's way (house style): it is reported once,
// at the first read, with the others as related places, and the advice is
// one middleware:
//
//	package api reads request bodies with no size limit in 12 places (house style, reported once); limit them all in a middleware with http.MaxBytesReader
//
// A request is one the server received when it is the *http.Request
// parameter of a function that also takes an http.ResponseWriter (a
// handler, or a middleware's inner function, whether it is registered with
// net/http, chi, gorilla/mux or anything else), the request of a gin or
// echo context, or the request parameter of a function of the same
// package to which such a request is passed. It is bounded, and nothing is
// reported, when:
//
//   - an http.MaxBytesReader or io.LimitReader wraps it before the read,
//     in the read itself or in a variable that is read;
//   - its Body is replaced by one (r.Body = http.MaxBytesReader(w, r.Body,
//     n)) before the read, in a block that encloses the read, or under
//     conditions that test the limit itself (if max > 0 { ... }), which
//     leave the size to the configuration;
//   - the code compares the request's ContentLength with something before
//     the read: net/http stops a body at its declared length. (A chunked
//     request has a ContentLength of -1 and passes if r.ContentLength > max
//     alone; the check shows the size was thought about, and is taken as
//     the limit.)
//   - the package, or a package of the same module that it imports,
//     limits every body: it has a middleware that replaces a request's
//     Body with a limited reader and passes the request on (next.ServeHTTP,
//     next(w, r), c.Next(), next(c)), or it calls http.MaxBytesHandler,
//     echo's middleware.BodyLimit, chi's middleware.RequestSize or
//     gin-contrib/size's RequestSizeLimiter. Such a package exports a fact;
//     whether the router really sends every handler's requests through it
//     is not checked.
//
// Routers and their middlewares usually live in a package that imports
// the handlers, which the handlers' package cannot see. So an exported
// package-level handler (func(http.ResponseWriter, *http.Request),
// func(*gin.Context), func(echo.Context) error) that its own package never
// uses as a value is judged where it is registered: its package exports a
// fact, and the package that uses it as a value (mux.HandleFunc("/tags",
// apiv1.Tags)) reports it there, unless that package limits every body:
//
//	handler apiv1.Tags reads the request body with no size limit (tags.go:54; one huge request exhausts memory); limit it with http.MaxBytesReader
//
// Methods (called through an interface, as generated servers do) and
// handlers registered in their own package are judged in their package. A
// limit applied in a package that neither the handlers' package nor the
// registering one imports (a main that wraps the whole router in
// http.MaxBytesHandler, after another package registered the routes)
// cannot be seen: suppress such findings with a directive naming the
// limit.
//
// What net/http already bounds, and is therefore not reported: ParseForm,
// FormValue and PostFormValue read at most 10 MB of a url-encoded body;
// ParseMultipartForm(maxMemory), and FormValue and FormFile, which call it
// with 32 MB, keep at most maxMemory plus 10 MB in memory and at most 1000
// parts, and spill larger files to temporary files that the server removes
// when the handler returns (the disk they take for the request's duration
// is not bounded). Reading such a file to the end with io.ReadAll loads it
// whole into memory again, which is reported. gin's Bind and ShouldBind
// are not reported: they pick form binding (bounded) for GET requests.
// fiber reads every body through fasthttp, whose BodyLimit (4 MB by
// default) rejects larger bodies before a handler runs, so fiber's Body
// and BodyParser are not request-body findings (decompressing the Body
// still is a decompression finding).
//
// Category decompression: a gzip, zlib, flate, bzip2, lzw, zstd, s2,
// snappy, lz4, brotli or xz reader (the standard library's and
// klauspost/compress's), or a zip entry opened from an archive, read to
// the end (io.ReadAll, a decoder) or copied with io.Copy into anything but
// io.Discard, with no io.LimitReader around the decompressed stream, when
// the compressed data came from outside: a request body (limited or not:
// a small body is the point of a bomb), an upload, a network connection
// (accepted or dialed), a response body, or a file whose name the client
// chose. Also zstd's
// DecodeAll on such data when the package never sets
// zstd.WithDecoderMaxMemory.
//
//	zr, _ := gzip.NewReader(r.Body)
//	data, _ := io.ReadAll(zr) // io.ReadAll reads data decompressed from the request body with no limit
//
// The fix: io.ReadAll(io.LimitReader(zr, max+1)) and an error when more
// than max bytes come, or io.CopyN(dst, zr, max).
//
// Unlike gosec's G110, which reports every io.Copy from a decompressor,
// decompression of the program's own data (embedded assets, files it
// wrote, archives named by constants or flags) is not reported, nor
// io.CopyN, nor copies to io.Discard, nor data bounded by an
// io.LimitReader around the decompressed stream.
//
// Category line-read: (*bufio.Reader).ReadString and ReadBytes, and
// net/textproto's ReadLine, ReadLineBytes, ReadContinuedLine(Bytes),
// ReadDotBytes and ReadDotLines, on a network connection (net.Conn,
// *net.TCPConn, *tls.Conn, a hijacked connection) or a request body, with
// no io.LimitReader underneath. A connection counts unless every value it
// can hold was dialed by the program (net.Dial, a net.Dialer, tls.Dial,
// tls.Client): an accepted connection, or one passed in as a parameter or
// stored in a field from one, is a client's. A client that sends no newline makes the
// line grow until memory runs out. (*bufio.Reader).ReadLine and ReadSlice
// stop at the buffer's size, and a bufio.Scanner at its maximum token
// size (64 KB unless Buffer raises it): they are fine.
//
//	br := bufio.NewReader(conn)
//	line, err := br.ReadString('\n') // reads a line of any length from a network connection
//
// Category input-size: make of a slice whose length or capacity is a
// number the client or a peer chose: a query, form, header or path value
// (of net/http, gin, echo, fiber, chi or gorilla/mux) parsed with strconv
// (a bit size of 16 or less is bounded), fiber's QueryInt, a request's
// ContentLength (which a client can set to 10 GB and then send nothing),
// or a length decoded from bytes read off a connection or out of a
// request body (binary.BigEndian.Uint32 and the like, binary.Read into a
// variable or a struct, binary.ReadUvarint), when no condition before the
// make, in the same function, compares the number (or a variable it was
// computed from) with anything but 0 or 1. Numbers of 16 bits or less, len(x) and
// min(n, max) are bounded.
//
//	n, _ := strconv.Atoi(r.URL.Query().Get("limit"))
//	items := make([]Item, 0, n) // make takes its size n from the request with no upper bound
//
// # What it does not report
//
//   - Response bodies, and connections the program dialed, read whole,
//     decoded, read line by line or sized from: the program chose the
//     server it talks to, mostly its own services (this is the rule for
//     clients of internal services: none of them is reported), and which
//     servers may be hostile cannot be seen in the code. Only their
//     decompression is reported (a compromised or hostile server can send
//     a bomb as easily as a client can, and the fix costs one line).
//   - Readers over bytes already in memory (bytes.Reader, strings.Reader,
//     bytes.Buffer), unless they are decompressed; local files the program
//     owns; standard input.
//   - Data read through a limit, sizes checked against a bound, and
//     streams copied on to a file or another connection (how large uploads
//     and proxies work).
//   - Requests that are not known to be received by a server: an
//     *http.Request parameter of a function that takes no
//     http.ResponseWriter and that no handler of the same package passes a
//     request to (a RoundTripper, a request signer, a helper exported to
//     other packages), and requests built with http.NewRequest.
//   - _test.go files, test-support packages and generated files, unless
//     -unboundedinput.tests is set.
//
// No suggested fix is offered: every fix needs a limit, and the right one
// depends on the endpoint; an invented one is worse than none.
//
// # Flags
//
//	-unboundedinput.tests       also report in _test.go files and test-support packages
//	-unboundedinput.each-read   report every read of a request body with no limit, not once per package
//
// # Categories
//
// request-body, decompression, line-read, input-size.
package unboundedinput
