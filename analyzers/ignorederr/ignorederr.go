package ignorederr

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures ignorederr. The zero value is the recommended default.
type Config struct {
	Tests   bool   // also report in _test.go files
	Blank   bool   // also report errors assigned to the blank identifier (_ = f())
	Exclude string // comma-separated (*pkg.T).Method and pkg.Func entries; -entry removes a default
}

// Analyzer is ignorederr with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns an ignorederr analyzer using cfg; its flags bind into a copy
// of cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "ignorederr",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(benignErr), new(jsonErr)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.BoolVar(&cfg.Blank, "blank", cfg.Blank, "also report errors assigned to the blank identifier (_ = f())")
	a.Flags.Var(match.FuncNameList{List: &cfg.Exclude, Removable: true}, "exclude", // checked when set, before packages load
		"comma-separated calls whose error may be dropped, as pkg.Func or (*pkg.T).Method; a leading - removes a default")
	return a
}

// Categories.
const (
	catDropped     = "dropped"
	catValueUsed   = "value-used"
	catGo          = "go"
	catCloseWrite  = "close-write"
	catOverwritten = "overwritten"
)

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	ex, err := parseExcludes(pass.Pkg, cfg.Exclude)
	if err != nil {
		return nil, err
	}
	// No fast path on imports: error is predeclared, so any package can
	// drop one. Files whose reports would be dropped are skipped instead.
	c := &checker{
		pass:  pass,
		info:  pass.TypesInfo,
		cfg:   cfg,
		rep:   rep,
		ex:    ex,
		funcs: make(map[ast.Node]*funcInfo),
		api:   lookupAPI(pass.Pkg),
	}
	funcs := c.errFuncs()
	c.exportBenign(funcs)
	c.exportJSON(funcs)
	c.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	return nil, nil
}

// checker holds the state of one pass.
type checker struct {
	pass  *analysis.Pass
	info  *types.Info
	cfg   *Config
	rep   *report.Reporter
	ex    *excludes
	funcs map[ast.Node]*funcInfo // per outermost function, built on demand
	api   api
	// benign holds the functions of this package whose errors are
	// benign, and the fact's kind (see benignErr).
	benign map[*types.Func]string
	// json holds the functions of this package whose errors come only
	// from encoding/json working on a parameter (see jsonErr).
	json map[*types.Func]*jsonErr
}

// how a call statement is executed.
type how int

const (
	plain how = iota
	deferred
	spawned
)

func (c *checker) walk(insp *inspector.Inspector) {
	filter := []ast.Node{
		(*ast.ExprStmt)(nil),
		(*ast.DeferStmt)(nil),
		(*ast.GoStmt)(nil),
		(*ast.AssignStmt)(nil),
		(*ast.DeclStmt)(nil),
	}
	for cur := range insp.Root().Preorder(filter...) {
		if c.rep.Skips(cur.Node().Pos()) {
			continue
		}
		switch n := cur.Node().(type) {
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				c.callStmt(cur, call, plain)
			}
		case *ast.DeferStmt:
			c.callStmt(cur, n.Call, deferred)
		case *ast.GoStmt:
			c.callStmt(cur, n.Call, spawned)
		case *ast.AssignStmt:
			c.assign(cur, n.Lhs, n.Rhs)
		case *ast.DeclStmt:
			if gd, ok := n.Decl.(*ast.GenDecl); ok {
				for _, spec := range gd.Specs {
					if vs, ok := spec.(*ast.ValueSpec); ok && len(vs.Values) > 0 {
						lhs := make([]ast.Expr, len(vs.Names))
						for i, id := range vs.Names {
							lhs[i] = id
						}
						c.assign(cur, lhs, vs.Values)
					}
				}
			}
		}
	}
}

// callStmt checks a call whose results are all discarded.
func (c *checker) callStmt(cur inspector.Cursor, call *ast.CallExpr, h how) {
	if len(c.errResults(call)) == 0 {
		return
	}
	fn := match.Callee(c.info, call)
	if c.excluded(call, fn) || c.isBenign(fn) || c.jsonWrapperSafe(cur, call, fn) {
		return
	}
	kind := c.closeKind(cur, call, fn)
	name := types.ExprString(call.Fun)
	loss := libs.DBErrLoss(fn)
	switch {
	case loss == libs.LostBatch && h != spawned:
		// br.Close() of a pgx batch, deferred or not: it carries the
		// statements' failures when nothing reads them one by one.
		if c.batchUnread(cur, call) && !c.checkedElsewhere(cur, call) && !c.onErrorPath(cur) && !c.explained(cur) {
			c.reportDB(cur, call, loss, catDropped)
		}
	case kind == closeSilent:
		// Close of a reader or of something that cannot lose data.
	case h == spawned:
		c.rep.Reportf(call.Fun, catGo, "error from %s is lost in the go statement (nobody sees the failure); handle it in the goroutine", name)
	case kind == closeWrite && h == deferred:
		if !c.checkedElsewhere(cur, call) {
			c.rep.Reportf(call.Fun, catCloseWrite, "deferred %s drops its error (written data may be lost); check it on the success path", name)
		}
	case h == deferred:
		// Other deferred calls are cleanup whose error has nowhere to go.
	case kind == closeWrite && loss == libs.LostCommit:
		// In any function, like a write, and on an error path too: a
		// commit is not cleanup.
		if !c.checkedElsewhere(cur, call) && !c.explained(cur) {
			c.reportDB(cur, call, loss, catCloseWrite)
		}
	case loss != libs.NoLoss && !c.explained(cur):
		// In any function, and on an error path too: a write or a read
		// is not cleanup, and the caller hears of another failure, not of
		// this one (a status UPDATE dropped before returning an unrelated
		// error). Where there is no error result, the remedy is to log or
		// count the failure.
		c.reportDB(cur, call, loss, catDropped)
	case c.onErrorPath(cur):
		// Best-effort cleanup before returning another error. (Only
		// calls whose failure is news of its own, the database calls
		// above, are reported there: narrowing this to calls named like
		// cleanup reports alerts sent before returning the error they
		// announce, as crypto/tls does.)
	case c.removesBeforeListen(cur, fn):
		// A stale socket removed before listening: the listen reports it.
	case kind == closeWrite:
		if !c.checkedElsewhere(cur, call) && (c.canReport(cur) || c.isFileOp(call)) {
			c.rep.Reportf(call.Fun, catCloseWrite, "error from %s is dropped (written data may be lost)", name)
		}
	case !c.canReport(cur) || c.localIO(call, fn) || c.localHelper(fn) || c.localFuncVar(cur, call) || c.explained(cur):
		// Nowhere for the error to go, a local writer the author knows, or
		// a comment that says why the error does not matter.
	default:
		c.rep.Reportf(call.Fun, catDropped, "error from %s is dropped (a failure goes unnoticed)", name)
	}
}

// assign checks assignments of calls: errors assigned to the blank
// identifier, and errors assigned to a variable that nobody reads. In code
// with type errors the two sides need not match (a, b = f() of a
// three-result f); such assignments are left alone, because the indices of
// the call's results then say nothing about lhs.
func (c *checker) assign(cur inspector.Cursor, lhs, rhs []ast.Expr) {
	if len(rhs) == 1 && len(lhs) > 1 {
		call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
		if !ok || c.resultCount(call) != len(lhs) {
			return
		}
		c.assignCall(cur, lhs, call, c.errResults(call))
		return
	}
	if len(lhs) != len(rhs) {
		return
	}
	for i := range rhs {
		if call, ok := ast.Unparen(rhs[i]).(*ast.CallExpr); ok && c.resultCount(call) == 1 {
			if errs := c.errResults(call); len(errs) == 1 && errs[0] == 0 {
				c.assignCall(cur, lhs[i:i+1], call, []int{0})
			}
		}
	}
}

// assignCall checks lhs = call, where errs are the indices of the call's
// error results, in increasing order.
func (c *checker) assignCall(cur inspector.Cursor, lhs []ast.Expr, call *ast.CallExpr, errs []int) {
	if len(errs) == 0 || errs[len(errs)-1] >= len(lhs) {
		return // no error, or lhs does not receive every result (type errors)
	}
	fn := match.Callee(c.info, call)
	if c.excluded(call, fn) || c.isBenign(fn) || c.jsonWrapperSafe(cur, call, fn) || c.closeKind(cur, call, fn) == closeSilent {
		return
	}
	name := types.ExprString(call.Fun)
	var used []string
	blank := false
	for i, e := range lhs {
		id, ok := ast.Unparen(e).(*ast.Ident)
		switch {
		case ok && id.Name == "_":
			if slices.Contains(errs, i) {
				blank = true
			}
		case ok:
			used = append(used, id.Name)
		default:
			used = append(used, types.ExprString(e))
		}
	}
	switch {
	case blank && len(used) > 0:
		if !c.canReport(cur) || c.valueSafe(cur, lhs, call, fn) {
			return
		}
		c.rep.Reportf(call.Fun, catValueUsed, "error from %s is discarded but %s is used (it may be invalid after a failure)", name, used[0])
		return
	case blank:
		if c.cfg.Blank && !c.onErrorPath(cur) {
			c.rep.Reportf(call.Fun, catDropped, "error from %s is assigned to the blank identifier", name)
		}
		return
	}
	for _, i := range errs {
		if id, ok := ast.Unparen(lhs[i]).(*ast.Ident); ok {
			if v, ok := c.info.ObjectOf(id).(*types.Var); ok {
				c.overwritten(cur, v, call)
			}
		}
	}
}

// resultCount returns the number of values call yields: the length of its
// result tuple, 1 for a single result, 0 when it has none or is untyped.
func (c *checker) resultCount(call *ast.CallExpr) int {
	switch t := c.info.TypeOf(call).(type) {
	case nil:
		return 0
	case *types.Tuple:
		return t.Len()
	}
	return 1
}

// errResults returns the indices of the results of call whose type is an
// error, and nil for conversions, builtins and calls without results.
func (c *checker) errResults(call *ast.CallExpr) []int {
	if tv, ok := c.info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return nil
	}
	t := c.info.TypeOf(call)
	if t == nil {
		return nil
	}
	if tuple, ok := t.(*types.Tuple); ok {
		if tuple.Len() == 0 {
			return nil
		}
		if last := tuple.At(tuple.Len() - 1).Type(); types.Identical(last.Underlying(), types.Typ[types.Bool]) {
			return nil // a comma-ok lookup (errors.AsType): its errors are values, not failures
		}
		// Earlier results of concrete types that implement error are
		// values: go-swagger's responses (*PostAlertsOK) implement error,
		// and in ok, err := client.Op(params) the failure is err.
		return errResultsOf(tuple)
	}
	if match.IsErrorResult(t) {
		return []int{0}
	}
	return nil
}

// allConstArgs reports whether every argument of call is a constant and
// its receiver, if any, is a package rather than a value.
func (c *checker) allConstArgs(call *ast.CallExpr) bool {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if _, isMethod := c.info.Selections[sel]; isMethod {
			return false
		}
	} else if _, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok {
		return false
	}
	for _, a := range call.Args {
		if tv, ok := c.info.Types[a]; !ok || (tv.Value == nil && !tv.IsNil()) {
			return false // nil counts as a constant: blake2b.New512(nil)
		}
	}
	return len(call.Args) > 0
}

// onErrorPath reports whether the statement at cur is followed, in its
// block, by a return of a non-nil error or a panic: a call dropped there is
// best-effort cleanup, and the caller hears about the first failure.
func (c *checker) onErrorPath(cur inspector.Cursor) bool {
	if c.inErrBranch(cur) {
		return true
	}
	for {
		if term, ok := c.endsInError(cur); ok {
			return term
		}
		// Fell off the end of the block: go on after the enclosing if or
		// switch, but not out of a loop or a function.
		up, ok := c.enclosingBranch(cur)
		if !ok {
			return false
		}
		cur = up
	}
}

// inErrBranch reports whether cur is inside the body of an if statement
// taken because an error is not nil (if err != nil { ... }), in the same
// function.
func (c *checker) inErrBranch(cur inspector.Cursor) bool {
	for p := cur; ; p = p.Parent() {
		switch p.ParentEdgeKind() {
		case edge.IfStmt_Body:
			if c.isErrNotNil(p.Parent().Node().(*ast.IfStmt).Cond) {
				return true
			}
		case edge.FuncDecl_Body, edge.FuncLit_Body, edge.Invalid:
			return false
		}
	}
}

// isErrNotNil reports whether cond is x != nil, possibly within &&, for
// an error-typed x.
func (c *checker) isErrNotNil(cond ast.Expr) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	if b.Op == token.LAND {
		return c.isErrNotNil(b.X) || c.isErrNotNil(b.Y)
	}
	if b.Op != token.NEQ {
		return false
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if tv := c.info.Types[pair[1]]; tv.IsNil() && match.IsErrorResult(c.info.TypeOf(pair[0])) {
			return true
		}
	}
	return false
}

// enclosingBranch returns the statement (if, switch, plain block) whose
// branch holds the statement at cur, if control continues after it.
func (c *checker) enclosingBranch(cur inspector.Cursor) (inspector.Cursor, bool) {
	for p := cur.Parent(); ; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.BlockStmt, *ast.CaseClause:
			continue
		case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
			if isListEdge(p) {
				return p, true
			}
			if p.ParentEdgeKind() == edge.IfStmt_Else {
				continue
			}
		}
		return inspector.Cursor{}, false
	}
}

// endsInError scans the statements after cur in its block: it returns
// (true, true) at a return of a non-nil error or a panic, (false, true) at
// another return, and ok false if the block ends first.
func (c *checker) endsInError(cur inspector.Cursor) (term, ok bool) {
	for sib, ok := cur.NextSibling(); ok; sib, ok = sib.NextSibling() {
		switch s := sib.Node().(type) {
		case *ast.ReturnStmt:
			for _, r := range s.Results {
				if c.isFailure(r) {
					return true, true
				}
			}
			return false, true
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok {
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
					if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
						return true, true
					}
				}
			}
		case *ast.BranchStmt:
			return false, true
		}
	}
	return false, false
}

// isFailure reports whether r, a returned expression, makes the return an
// error path or the end of a chain of writers: an error variable or
// constant (syscall.EINVAL counts), a new error (errors.New, fmt.Errorf,
// ctx.Err()), or the Close or Flush of the last writer in a chain (tw.Flush();
// return bw.Flush()), which reports what the writers before it wrote into
// it. The result of any other call (return b.Save()) is usually nil.
func (c *checker) isFailure(r ast.Expr) bool {
	tv := c.info.Types[r]
	if tv.Type == nil || tv.IsNil() || !match.ImplementsError(tv.Type) {
		return false
	}
	call, ok := ast.Unparen(r).(*ast.CallExpr)
	if !ok {
		return true
	}
	if c.info.Types[call.Fun].IsType() {
		return true // a conversion: Errno(e)
	}
	fn := match.Callee(c.info, call)
	switch {
	case match.IsFunc(fn, "errors", "New", "Join"), match.IsFunc(fn, "fmt", "Errorf"),
		match.IsMethod(fn, "context", "Context", "Err"):
		return true
	case fn != nil && fn.Signature().Recv() != nil:
		return fn.Name() == "Close" || fn.Name() == "Flush"
	}
	return false
}

// excluded reports whether the error of call may be dropped by
// configuration: the callee, the receiver's type, or the destination
// writer is excluded.
func (c *checker) excluded(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	var recv types.Type
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if sel != nil {
		if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
			recv = s.Recv()
		}
	}
	if c.ex.method(fn, recv, fn.Name()) || isDeadlineSetter(fn) {
		return true
	}
	// Writes: the destination decides.
	switch {
	case recv != nil && (fn.Name() == "WriteTo" || fn.Name() == "Write") && len(call.Args) > 0 && c.isResponse(call.Args[0]):
		// A body written into the response (p.WriteTo(w, 0)): once it has
		// started, the client has gone and nobody is left to tell.
		return true
	case recv != nil && isWriteMethod(fn.Name()):
		return c.destExcluded(sel.X, false) // its type was judged above
	case match.IsFunc(fn, "fmt", "Fprint", "Fprintf", "Fprintln") && len(call.Args) > 0,
		match.IsFunc(fn, "io", "WriteString") && len(call.Args) > 0,
		writesToFirstArg(fn, call):
		return c.destExcluded(call.Args[0], true)
	case match.IsFunc(fn, "io", "Copy", "CopyN", "CopyBuffer") && len(call.Args) > 0:
		// A drain into io.Discard, or a committed response: nobody to tell.
		return c.destExcluded(call.Args[0], false) || c.isResponse(call.Args[0])
	}
	return false
}

// isDeadlineSetter reports whether fn is a SetDeadline, SetReadDeadline or
// SetWriteDeadline method taking a time.Time, on any type: like those of
// net.Conn, they fail only on a closed connection, and the next read or
// write reports that.
func isDeadlineSetter(fn *types.Func) bool {
	switch fn.Name() {
	case "SetDeadline", "SetReadDeadline", "SetWriteDeadline":
	default:
		return false
	}
	sig := fn.Signature()
	return sig.Recv() != nil && sig.Params().Len() == 1 && match.IsNamed(sig.Params().At(0).Type(), "time", "Time")
}

// isResponse reports whether e is an http.ResponseWriter (or implements
// it) and writes to one are excluded.
func (c *checker) isResponse(e ast.Expr) bool {
	t := c.info.TypeOf(e)
	if t == nil {
		return false
	}
	for _, ik := range c.ex.ifaces {
		if ik.name == "Write" && ik.pkg == "net/http" && ik.typ == "ResponseWriter" && implements(t, ik.iface) {
			return true
		}
	}
	return false
}

// isFileOp reports whether call is a method call on an *os.File.
func (c *checker) isFileOp(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && match.IsNamedOrPointer(c.info.TypeOf(sel.X), "os", "File")
}

// canReport reports whether the function containing cur has a way to
// report an error: an error result, an HTTP response to write it to, or
// being main.main, where log.Fatal is the way, or being the body of a
// goroutine, where nobody else will see it.
func (c *checker) canReport(cur inspector.Cursor) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	if fn.ParentEdgeKind() == edge.CallExpr_Fun && fn.Parent().ParentEdgeKind() == edge.GoStmt_Call {
		return true // the body of go func() {...}(): the error must be handled here
	}
	if decl, ok := fn.Node().(*ast.FuncDecl); ok && decl.Recv == nil && decl.Name.Name == "main" && c.pass.Pkg.Name() == "main" {
		return true
	}
	if c.returnsError(cur) {
		return true
	}
	ftype, _ := funcParts(fn.Node())
	for _, f := range ftype.Params.List {
		if match.IsNamed(c.info.TypeOf(f.Type), "net/http", "ResponseWriter") {
			return true
		}
	}
	return false
}

// localHelper reports whether fn is an unexported function or method of
// the package being analyzed: its author is the caller's author and knows
// which of its errors matter (helpers such as setErrorLocked return their
// argument for convenience).
func (c *checker) localHelper(fn *types.Func) bool {
	return fn != nil && fn.Pkg() == c.pass.Pkg && !fn.Exported()
}

// localFuncVar reports whether call calls a function literal held in a
// local variable (apply := func(...) error {...}): a helper of the
// caller's own making.
func (c *checker) localFuncVar(cur inspector.Cursor, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok || !match.IsLocal(v) || v.Pkg() != c.pass.Pkg {
		return false
	}
	return c.funcInfo(cur).funcLits[v]
}

// localIO reports whether call reads from or writes to a value whose type
// is declared in the package being analyzed, as the receiver of a Read or
// Write method or as the io.Writer a function writes to (EscapeText(p, b)):
// its author knows whether it can fail (most such types buffer, hash, or
// keep the first error until a Flush or Close).
func (c *checker) localIO(call *ast.CallExpr, fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if writesToFirstArg(fn, call) {
		return c.isLocalType(call.Args[0])
	}
	if fn.Signature().Recv() == nil {
		return false
	}
	switch fn.Name() {
	case "Read", "ReadByte", "ReadRune", "ReadString":
	default:
		if !isWriteMethod(fn.Name()) {
			return false
		}
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && c.isLocalType(sel.X)
}

// writesToFirstArg reports whether fn is a function (not a method) that
// writes to its first parameter, an io.Writer, and does nothing else that
// can fail: it reads from no io.Reader and returns only an error, perhaps
// after a count (xml.EscapeText(w, b), but not io.Copy or gzip.NewWriterLevel).
func writesToFirstArg(fn *types.Func, call *ast.CallExpr) bool {
	if fn == nil || len(call.Args) == 0 {
		return false
	}
	sig := fn.Signature()
	params, results := sig.Params(), sig.Results()
	if sig.Recv() != nil || params.Len() == 0 || !match.IsNamed(params.At(0).Type(), "io", "Writer") {
		return false
	}
	for p := range params.Variables() {
		if match.IsNamed(p.Type(), "io", "Reader") {
			return false
		}
	}
	for i := range results.Len() - 1 {
		if b, ok := results.At(i).Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return false
		}
	}
	return true
}

// isLocalType reports whether e's type, or what it points to, is a named
// type declared in the package being analyzed.
func (c *checker) isLocalType(e ast.Expr) bool {
	named, ok := types.Unalias(match.Deref(c.info.TypeOf(e))).(*types.Named)
	return ok && named.Obj().Pkg() == c.pass.Pkg
}

func isWriteMethod(name string) bool {
	switch name {
	case "Write", "WriteString", "WriteByte", "WriteRune":
		return true
	}
	return false
}

// destExcluded reports whether writes to w may fail silently: w is an
// excluded variable (os.Stdout) or, if byType, a value whose Write is
// excluded.
func (c *checker) destExcluded(w ast.Expr, byType bool) bool {
	w = ast.Unparen(w)
	if u, ok := w.(*ast.UnaryExpr); ok && u.Op.String() == "&" {
		w = ast.Unparen(u.X)
	}
	var id *ast.Ident
	switch e := w.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	}
	if id != nil {
		if v, ok := c.info.Uses[id].(*types.Var); ok && c.ex.variable(v) {
			return true
		}
	}
	t := c.info.TypeOf(w)
	if t != nil && (match.IsNamed(t, "io", "Writer") || match.IsNamed(t, "io", "StringWriter")) {
		// Code handed a plain io.Writer is a printer: whoever made the
		// writer owns its failures (a Flush, a Close, a sticky error).
		return true
	}
	if t == nil || !byType {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, c.pass.Pkg, "Write")
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return false
	}
	return c.ex.method(fn, t, "Write")
}

// isListEdge reports whether cur is a statement directly in a block or a
// case body.
func isListEdge(cur inspector.Cursor) bool {
	switch cur.ParentEdgeKind() {
	case edge.BlockStmt_List, edge.CaseClause_Body, edge.CommClause_Body:
		return true
	}
	return false
}
