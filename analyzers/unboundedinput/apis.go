package unboundedinput

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// role is what a known function or method does to the data that flows
// through it, as far as size limits are concerned.
type role uint8

const (
	_ role = iota

	// Sinks: calls that read a stream to its end, or a whole value of it.
	rReadAll   // io.ReadAll(src): reads src (arg; -1: the receiver) to EOF into memory
	rDecoder   // json.NewDecoder(src): decodes whole values from src
	rCopy      // io.Copy(dst, src): dst is arg 0, src arg 1
	rReadFrom  // (*bytes.Buffer).ReadFrom(src): reads src to EOF into the receiver
	rLineRead  // (*bufio.Reader).ReadString: reads a line of any length from the receiver
	rCtxBody   // (*gin.Context).BindJSON: reads the body of the receiver's request
	rDecodeAll // (*zstd.Decoder).DecodeAll(src, dst): decompresses all of src (bytes)

	// Streams: calls whose result reads from another stream.
	rPass            // bufio.NewReader(src): the same bytes as src
	rLimit           // io.LimitReader(src, n): src, limited
	rDecompress      // gzip.NewReader(src): src, decompressed
	rReset           // (*gzip.Reader).Reset(src): the receiver now decompresses src
	rInMemory        // bytes.NewReader(b): bytes already in memory
	rArchive         // zip.NewReader(ra, size): an archive read from ra
	rEntryOpen       // (*zip.File).Open(): an archive entry, decompressed
	rPartOf          // (*multipart.Reader).NextPart(): a part of the receiver's stream
	rUpload          // (*multipart.FileHeader).Open(): an uploaded file
	rFormFile        // (*http.Request).FormFile(key): result 0 is an uploaded file
	rMultipartReader // (*http.Request).MultipartReader(): the parts of the body
	rHijack          // (http.Hijacker).Hijack(): result 1 reads the connection
	rOpenFile        // os.Open(name): a file, named by the caller
	rDial            // net.Dial: a connection to a server the program chose

	// Bytes and numbers.
	rFill        // io.ReadFull(src, buf): buf (arg dst) holds bytes of src (arg)
	rBodyBytes   // (*fiber.Ctx).Body(): the request body, read (and bounded) by the framework
	rInputString // r.FormValue(key): a string the client chose
	rInputInt    // (*fiber.Ctx).QueryInt(key): a number the client chose
	rInputMap    // mux.Vars(r): a map of strings the client chose
	rParseInt    // strconv.Atoi(s): a number parsed from arg; arg 2 is the bit size
	rWireInt     // binary.BigEndian.Uint32(b): a number decoded from bytes
	rVarint      // binary.ReadUvarint(br): a number read from a stream

	// Where requests are bounded or passed on.
	rRouterLimit // http.MaxBytesHandler(h, n): every request through it is bounded
	rNext        // (http.Handler).ServeHTTP: passes the request to the next handler
)

// need says which receiver a method wants before its result counts as
// client input: a request the server received (needIncoming), or a value
// derived from one (needDerived, like the url.Values of r.URL.Query()).
type need uint8

const (
	needNothing need = iota
	needIncoming
	needDerived
)

// api is one row of the table: functions of a package (typ empty) or
// methods of a type, that play one role.
type api struct {
	path, typ string
	names     []string
	role      role
	arg       int  // the stream or bytes argument (-1: the receiver)
	dst       int  // rFill, rCopy: the destination argument
	need      need // rInputString, rFormFile, rMultipartReader: what the receiver must be
}

// Import paths of the libraries the table knows.
const (
	httpPath      = "net/http"
	echoMWPath    = "github.com/labstack/echo/v4/middleware"
	chiPath       = "github.com/go-chi/chi/v5"
	chiMWPath     = "github.com/go-chi/chi/v5/middleware"
	muxPath       = "github.com/gorilla/mux"
	ginSizePath   = "github.com/gin-contrib/size"
	zstdPath      = "github.com/klauspost/compress/zstd"
	binaryPath    = "encoding/binary"
	multipartPath = "mime/multipart"
)

var (
	decompressors = []string{"NewReader"}
	jsonish       = []string{"NewDecoder"}
	ginBodyBinds  = []string{
		"BindJSON", "BindXML", "BindYAML", "BindTOML",
		"ShouldBindJSON", "ShouldBindXML", "ShouldBindYAML", "ShouldBindTOML",
		"ShouldBindBodyWith", "ShouldBindBodyWithJSON", "GetRawData",
	}
	byteOrderInts = []string{"Uint16", "Uint32", "Uint64"}
	lineMethods   = []string{"ReadLine", "ReadLineBytes", "ReadContinuedLine", "ReadContinuedLineBytes", "ReadDotBytes", "ReadDotLines"}
)

// apis is the table of what prodvet knows about the APIs that read, wrap,
// decompress and decode input, and about where input comes from. The
// versions it holds for: the standard library of Go 1.22 and later; gin
// v1.9; echo v4; fiber v2; chi v5; gorilla/mux v1.8; klauspost/compress
// v1.15 and later.
var apis = []api{
	// Reading to the end.
	{path: "io", names: []string{"ReadAll"}, role: rReadAll},
	{path: "io/ioutil", names: []string{"ReadAll"}, role: rReadAll},
	{path: "io", names: []string{"Copy", "CopyBuffer"}, role: rCopy, arg: 1, dst: 0},
	{path: "bytes", typ: "Buffer", names: []string{"ReadFrom"}, role: rReadFrom},
	{path: "encoding/csv", typ: "Reader", names: []string{"ReadAll"}, role: rReadAll, arg: -1},

	// Decoders of whole values.
	{path: "encoding/json", names: jsonish, role: rDecoder},
	{path: "encoding/xml", names: jsonish, role: rDecoder},
	{path: "encoding/gob", names: jsonish, role: rDecoder},
	{path: "gopkg.in/yaml.v2", names: jsonish, role: rDecoder},
	{path: "gopkg.in/yaml.v3", names: jsonish, role: rDecoder},
	{path: "github.com/goccy/go-json", names: jsonish, role: rDecoder},
	{path: "github.com/json-iterator/go", names: jsonish, role: rDecoder},
	{path: "github.com/BurntSushi/toml", names: jsonish, role: rDecoder},
	{path: "github.com/pelletier/go-toml/v2", names: jsonish, role: rDecoder},
	{path: "github.com/vmihailenco/msgpack/v5", names: jsonish, role: rDecoder},
	{path: "github.com/fxamacker/cbor/v2", names: jsonish, role: rDecoder},

	// Lines of any length. (*bufio.Reader).ReadLine and ReadSlice are
	// bounded by the buffer's size, and bufio.Scanner by its maximum
	// token size: they are not here.
	{path: "bufio", typ: "Reader", names: []string{"ReadString", "ReadBytes"}, role: rLineRead, arg: -1},
	{path: "net/textproto", typ: "Reader", names: lineMethods, role: rLineRead, arg: -1},

	// Framework methods that read the request body.
	{path: libs.GinPath, typ: "Context", names: ginBodyBinds, role: rCtxBody, arg: -1},
	{path: libs.EchoPath, typ: "Context", names: []string{"Bind"}, role: rCtxBody, arg: -1},

	// Wrappers that keep the bytes.
	{path: "io", names: []string{"NopCloser", "TeeReader"}, role: rPass},
	{path: "io/ioutil", names: []string{"NopCloser"}, role: rPass},
	{path: "bufio", names: []string{"NewReader", "NewReaderSize", "NewReadWriter"}, role: rPass},
	{path: "net/textproto", names: []string{"NewReader"}, role: rPass},
	{path: "encoding/csv", names: []string{"NewReader"}, role: rPass},
	{path: "archive/tar", names: []string{"NewReader"}, role: rPass},
	{path: multipartPath, names: []string{"NewReader"}, role: rPass},

	// Limits.
	{path: "io", names: []string{"LimitReader"}, role: rLimit},
	{path: httpPath, names: []string{"MaxBytesReader"}, role: rLimit, arg: 1},

	// Decompressors.
	{path: "compress/gzip", names: decompressors, role: rDecompress},
	{path: "compress/zlib", names: []string{"NewReader", "NewReaderDict"}, role: rDecompress},
	{path: "compress/flate", names: []string{"NewReader", "NewReaderDict"}, role: rDecompress},
	{path: "compress/bzip2", names: decompressors, role: rDecompress},
	{path: "compress/lzw", names: decompressors, role: rDecompress},
	{path: "github.com/klauspost/compress/gzip", names: decompressors, role: rDecompress},
	{path: "github.com/klauspost/compress/zlib", names: []string{"NewReader", "NewReaderDict"}, role: rDecompress},
	{path: "github.com/klauspost/compress/flate", names: []string{"NewReader", "NewReaderDict"}, role: rDecompress},
	{path: zstdPath, names: decompressors, role: rDecompress},
	{path: "github.com/klauspost/compress/s2", names: decompressors, role: rDecompress},
	{path: "github.com/klauspost/compress/snappy", names: decompressors, role: rDecompress},
	{path: "github.com/klauspost/pgzip", names: decompressors, role: rDecompress},
	{path: "github.com/golang/snappy", names: decompressors, role: rDecompress},
	{path: "github.com/pierrec/lz4/v4", names: decompressors, role: rDecompress},
	{path: "github.com/andybalholm/brotli", names: decompressors, role: rDecompress},
	{path: "github.com/ulikunitz/xz", names: decompressors, role: rDecompress},
	{path: "compress/gzip", typ: "Reader", names: []string{"Reset"}, role: rReset},
	{path: "github.com/klauspost/compress/gzip", typ: "Reader", names: []string{"Reset"}, role: rReset},
	{path: zstdPath, typ: "Decoder", names: []string{"Reset"}, role: rReset},
	{path: zstdPath, typ: "Decoder", names: []string{"DecodeAll"}, role: rDecodeAll},
	{path: "archive/zip", names: []string{"NewReader"}, role: rArchive},
	{path: "archive/zip", typ: "File", names: []string{"Open"}, role: rEntryOpen, arg: -1},
	{path: "archive/zip", typ: "Reader", names: []string{"Open"}, role: rEntryOpen, arg: -1},

	// In-memory readers: the bytes are already read.
	{path: "bytes", names: []string{"NewReader", "NewBuffer", "NewBufferString"}, role: rInMemory},
	{path: "strings", names: []string{"NewReader"}, role: rInMemory},

	// Uploads and parts of multipart bodies.
	{path: multipartPath, typ: "Reader", names: []string{"NextPart", "NextRawPart"}, role: rPartOf, arg: -1},
	{path: multipartPath, typ: "FileHeader", names: []string{"Open"}, role: rUpload, arg: -1},
	{path: httpPath, typ: "Request", names: []string{"FormFile"}, role: rFormFile, arg: -1, need: needIncoming},
	{path: httpPath, typ: "Request", names: []string{"MultipartReader"}, role: rMultipartReader, arg: -1, need: needIncoming},
	{path: httpPath, typ: "Hijacker", names: []string{"Hijack"}, role: rHijack, arg: -1},
	{path: "os", names: []string{"Open", "OpenFile"}, role: rOpenFile},
	{path: "net", names: []string{"Dial", "DialTimeout", "DialTCP"}, role: rDial},
	{path: "net", typ: "Dialer", names: []string{"Dial", "DialContext"}, role: rDial},
	{path: "crypto/tls", names: []string{"Dial", "DialWithDialer", "Client"}, role: rDial},
	{path: "crypto/tls", typ: "Dialer", names: []string{"Dial", "DialContext"}, role: rDial},

	// Bytes read into a buffer.
	{path: "io", names: []string{"ReadFull", "ReadAtLeast"}, role: rFill, arg: 0, dst: 1},
	{path: binaryPath, names: []string{"Read"}, role: rFill, arg: 0, dst: 2},

	// Client input: strings and numbers.
	{path: httpPath, typ: "Request", names: []string{"FormValue", "PostFormValue", "PathValue"}, role: rInputString, arg: -1, need: needIncoming},
	{path: httpPath, typ: "Header", names: []string{"Get"}, role: rInputString, arg: -1, need: needDerived},
	{path: "net/url", typ: "Values", names: []string{"Get"}, role: rInputString, arg: -1, need: needDerived},
	{path: libs.GinPath, typ: "Context", names: []string{"Query", "DefaultQuery", "GetQuery", "Param", "PostForm", "DefaultPostForm", "GetPostForm", "GetHeader"}, role: rInputString, arg: -1},
	{path: libs.EchoPath, typ: "Context", names: []string{"QueryParam", "Param", "FormValue"}, role: rInputString, arg: -1},
	{path: libs.FiberPath, typ: "Ctx", names: []string{"Query", "Params", "FormValue", "Get"}, role: rInputString, arg: -1},
	{path: libs.FiberPath, typ: "Ctx", names: []string{"QueryInt", "ParamsInt"}, role: rInputInt, arg: -1},
	{path: libs.FiberPath, typ: "Ctx", names: []string{"Body", "BodyRaw"}, role: rBodyBytes, arg: -1},
	{path: chiPath, names: []string{"URLParam", "URLParamFromCtx"}, role: rInputString},
	{path: muxPath, names: []string{"Vars"}, role: rInputMap},
	{path: "strconv", names: []string{"Atoi", "ParseInt", "ParseUint"}, role: rParseInt},
	{path: binaryPath, typ: "ByteOrder", names: byteOrderInts, role: rWireInt},
	{path: binaryPath, typ: "bigEndian", names: byteOrderInts, role: rWireInt},
	{path: binaryPath, typ: "littleEndian", names: byteOrderInts, role: rWireInt},
	{path: binaryPath, names: []string{"Uvarint", "Varint"}, role: rWireInt},
	{path: binaryPath, names: []string{"ReadUvarint", "ReadVarint"}, role: rVarint},

	// Limits applied to every request of a router, and passing a request on.
	{path: httpPath, names: []string{"MaxBytesHandler"}, role: rRouterLimit},
	{path: echoMWPath, names: []string{"BodyLimit", "BodyLimitWithConfig"}, role: rRouterLimit},
	{path: chiMWPath, names: []string{"RequestSize"}, role: rRouterLimit},
	{path: ginSizePath, names: []string{"RequestSizeLimiter"}, role: rRouterLimit},
	{path: httpPath, typ: "Handler", names: []string{"ServeHTTP"}, role: rNext, arg: -1},
	{path: httpPath, typ: "HandlerFunc", names: []string{"ServeHTTP"}, role: rNext, arg: -1},
	{path: libs.GinPath, typ: "Context", names: []string{"Next"}, role: rNext, arg: -1},
}

// table indexes apis by function name.
type table map[match.FuncName]*api

// apiTable is the index of apis, built once and only read.
var apiTable = newTable()

func newTable() table {
	t := make(table)
	for i := range apis {
		a := &apis[i]
		for _, n := range a.names {
			t[match.FuncName{Pkg: a.path, Type: a.typ, Name: n}] = a
		}
	}
	return t
}

// lookup returns the row of fn, or nil.
func (t table) lookup(fn *types.Func) *api {
	if fn == nil {
		return nil
	}
	return t[match.NameOf(fn)]
}

// Types whose values read from the network.
var connTypes = [][2]string{{"net", "Conn"}, {"net", "TCPConn"}, {"crypto/tls", "Conn"}}

// isConn reports whether t is a network connection: net.Conn, *net.TCPConn
// or *tls.Conn. Unix sockets and datagram connections are not: the first
// is local, the second bounded by the caller's buffer.
func isConn(t types.Type) bool {
	for _, c := range connTypes {
		if match.IsNamedOrPointer(t, c[0], c[1]) {
			return true
		}
	}
	return false
}

// isFrameworkCtx reports whether t is a framework's request context that
// carries the request the server received (gin's *Context, echo's Context).
func isFrameworkCtx(t types.Type) bool {
	s := libs.RequestScopeOf(t)
	return s != nil && s.ServerRequest
}
