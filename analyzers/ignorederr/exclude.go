package ignorederr

import (
	"fmt"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// defaultExcludes are the calls whose error is never worth checking, in
// the form users write in -ignorederr.exclude. Each entry is documented in
// doc.go; keep the two in step.
var defaultExcludes = []string{
	// Printing to standard output and standard error: there is nowhere
	// left to report the failure.
	"fmt.Print", "fmt.Printf", "fmt.Println",
	"os.Stdout", "os.Stderr",
	// Writers documented never to fail.
	"(*bytes.Buffer).Write", "(*bytes.Buffer).WriteByte", "(*bytes.Buffer).WriteRune", "(*bytes.Buffer).WriteString",
	"(*strings.Builder).Write", "(*strings.Builder).WriteByte", "(*strings.Builder).WriteRune", "(*strings.Builder).WriteString",
	"(hash.Hash).Write", "(hash.XOF).Write",
	"(*crypto/sha3.SHAKE).Read", "(*crypto/internal/fips140/sha3.SHAKE).Read",
	"(*log/slog/internal/buffer.Buffer).Write", "(*log/slog/internal/buffer.Buffer).WriteString",
	"(*log/slog/internal/buffer.Buffer).WriteByte",
	"(*hash/maphash.Hash).Write", "(*hash/maphash.Hash).WriteByte", "(*hash/maphash.Hash).WriteString",
	// Writes whose error is sticky and comes back from Flush.
	"(*bufio.Writer).Write", "(*bufio.Writer).WriteByte", "(*bufio.Writer).WriteRune", "(*bufio.Writer).WriteString",
	"(*text/tabwriter.Writer).Write",
	// Writes to an HTTP response: the client has gone, nobody is left to tell.
	"(net/http.ResponseWriter).Write",
	"(*net/http.ResponseController).Flush",
	// Functions documented never to return an error.
	"math/rand.Read", "(*math/rand.Rand).Read", "crypto/rand.Read",
	"(*io.PipeReader).Close", "(*io.PipeWriter).Close",
	"(*io.PipeReader).CloseWithError", "(*io.PipeWriter).CloseWithError",
	"log.Output", "(*log.Logger).Output",
	// Calls that fail only when misused or on a closed connection, where
	// the next read or write reports the failure anyway.
	// (SetDeadline, SetReadDeadline and SetWriteDeadline methods of any
	// type are recognised by their signature: isDeadlineSetter.)
	"(io.RuneScanner).UnreadRune", "(io.ByteScanner).UnreadByte",
	"(*bufio.Reader).Discard",
	"(compress/flate.Resetter).Reset",
	// TCP options are best effort (net/http ignores their errors too): they
	// fail only on a closed connection, which the next read reports.
	"(*net.TCPConn).SetKeepAlive", "(*net.TCPConn).SetKeepAlivePeriod", "(*net.TCPConn).SetNoDelay",
	"(*net.TCPConn).SetLinger", "(*net.TCPConn).SetKeepAliveConfig",
	// Seeks in memory, which fail only on a bad whence or a negative
	// offset; the read that follows reports a position past the end.
	"(*io.SectionReader).Seek", "(*bytes.Reader).Seek", "(*strings.Reader).Seek",
	// Best-effort names of a socket's ends, nil when unknown.
	"syscall.Getsockname", "syscall.Getpeername",
	// Signals to a child process are best effort: they fail when it has
	// already exited, and the Wait that follows reports how it ended.
	"(*os.Process).Signal", "(*os.Process).Kill",
	// Draining into io.Discard: a read error in a drain changes nothing.
	"io.Discard",
	// Closing a file descriptor: like Close of a reader, nothing to lose.
	"syscall.Close", "golang.org/x/sys/unix.Close",
	// Constructors of errors, not failures (vet's unusedresult reports
	// a discarded one).
	"errors.New", "errors.Join", "errors.Unwrap", "fmt.Errorf",
	// Best-effort undo after a failure; database/sql discards the
	// connection if it fails.
	"(*database/sql.Tx).Rollback", "(database/sql/driver.Tx).Rollback",
}

// parseKey parses one -exclude entry: pkg.Func, pkg.Var, (pkg.T).Method or
// (*pkg.T).Method, where pkg is an import path.
func parseKey(s string) (match.FuncName, error) {
	k, err := match.ParseFuncName(s)
	if err != nil {
		return k, fmt.Errorf("bad -ignorederr.exclude entry %q: %v; want pkg.Func or (*pkg.T).Method", s, err)
	}
	return k, nil
}

// excludes is the parsed exclusion set of one pass.
type excludes struct {
	keys   map[match.FuncName]bool
	ifaces []ifaceKey // interface methods: any implementation is excluded
}

type ifaceKey struct {
	pkg, typ, name string
	iface          *types.Interface
}

// parseExcludes merges the defaults with the user's comma-separated list,
// in which an entry starting with '-' removes a default. Interface entries
// are resolved against the packages pkg imports.
func parseExcludes(pkg *types.Package, list string) (*excludes, error) {
	ex := &excludes{keys: make(map[match.FuncName]bool)}
	for _, s := range defaultExcludes {
		k, err := parseKey(s)
		if err != nil {
			return nil, err // a bug in the table; caught by every test
		}
		ex.keys[k] = true
	}
	for s := range strings.SplitSeq(list, ",") {
		s = strings.TrimSpace(s)
		if s == "" {
			continue
		}
		s, remove := strings.CutPrefix(s, "-")
		k, err := parseKey(s)
		if err != nil {
			return nil, err
		}
		ex.keys[k] = !remove
	}
	var typePkgs []string
	for k, on := range ex.keys {
		if on && k.Type != "" {
			typePkgs = append(typePkgs, k.Pkg)
		}
	}
	// One walk of the import graph for all entries, not one per entry.
	reached := match.Imports(pkg, typePkgs...)
	for k, on := range ex.keys { // order does not matter: ifaces is only searched
		if !on || k.Type == "" {
			continue
		}
		p := reached[k.Pkg]
		if p == nil {
			// Not reached through Imports(), which is incomplete for
			// packages loaded from export data (issue 20, defect 2):
			// a standard interface is rebuilt, so the drivers agree.
			if it := match.StdInterface(k.Pkg, k.Type); it != nil {
				ex.ifaces = append(ex.ifaces, ifaceKey{k.Pkg, k.Type, k.Name, it})
			}
			continue
		}
		tn, ok := p.Scope().Lookup(k.Type).(*types.TypeName)
		if !ok {
			continue
		}
		if it, ok := tn.Type().Underlying().(*types.Interface); ok {
			ex.ifaces = append(ex.ifaces, ifaceKey{k.Pkg, k.Type, k.Name, it})
		}
	}
	return ex, nil
}

// method reports whether calling method name on a value of static type
// recv is excluded: by the declared method, by recv's own named type, or
// by an excluded interface method that recv implements.
func (ex *excludes) method(fn *types.Func, recv types.Type, name string) bool {
	if fn != nil && ex.keys[match.NameOf(fn)] {
		return true
	}
	if recv == nil {
		return false
	}
	if named, ok := types.Unalias(match.Deref(recv)).(*types.Named); ok {
		obj := named.Origin().Obj()
		if obj.Pkg() != nil && ex.keys[match.FuncName{Pkg: obj.Pkg().Path(), Type: obj.Name(), Name: name}] {
			return true
		}
	}
	for _, ik := range ex.ifaces {
		if ik.name == name && implements(recv, ik.iface) {
			return true
		}
	}
	return false
}

// variable reports whether v is an excluded package-level variable.
func (ex *excludes) variable(v *types.Var) bool {
	return v != nil && !v.IsField() && match.IsPackageLevel(v) &&
		ex.keys[match.FuncName{Pkg: v.Pkg().Path(), Name: v.Name()}]
}

// implements reports whether t, or *t for an addressable value of a
// defined non-pointer type, implements iface.
func implements(t types.Type, iface *types.Interface) bool {
	if types.Implements(t, iface) {
		return true
	}
	if _, ok := types.Unalias(t).(*types.Pointer); ok || types.IsInterface(t) {
		return false
	}
	return types.Implements(types.NewPointer(t), iface)
}
