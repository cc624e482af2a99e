package ignorederr

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// api holds what close-write needs from package os, looked up once.
type api struct {
	writeFlags int64 // os.O_WRONLY | os.O_RDWR, or 0 if os is not reachable
}

func lookupAPI(pkg *types.Package) api {
	var a api
	os := match.Import(pkg, "os")
	if os == nil {
		return a
	}
	for _, name := range []string{"O_WRONLY", "O_RDWR"} {
		if k, ok := os.Scope().Lookup(name).(*types.Const); ok {
			if v, ok := constant.Int64Val(constant.ToInt(k.Val())); ok {
				a.writeFlags |= v
			}
		}
	}
	return a
}

// closeKind classifies Close-like calls.
type closeKind int

const (
	notClose    closeKind = iota // not a Close, Flush, Sync or Commit
	closeSilent                  // a Close whose error cannot mean lost data
	closeWrite                   // its error can mean written data was lost
)

// closeKind classifies call, a call of fn.
func (c *checker) closeKind(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) closeKind {
	if fn == nil || fn.Signature().Recv() == nil || fn.Signature().Params().Len() > 1 {
		return notClose
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return notClose
	}
	s, ok := c.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return notClose
	}
	recv := s.Recv()
	isFile := match.IsNamedOrPointer(recv, "os", "File")
	if fn.Name() == "Close" || fn.Name() == "Flush" {
		if fn.Pkg() == c.pass.Pkg {
			return closeSilent // the writer's own package knows where its errors go
		}
	}
	switch fn.Name() {
	case "Close":
		if fn.Signature().Params().Len() != 0 {
			return notClose
		}
		switch {
		case isFile:
			if c.isWriteFile(cur, sel.X) {
				return closeWrite
			}
			return closeSilent // os.Open, a parameter, a field: maybe read-only
		case isWriter(c.pass.Pkg, recv), match.IsNamedOrPointer(recv, "archive/zip", "Writer"):
			if c.isLocal(sel.X) && !c.overMemory(cur, sel.X, 0) {
				return closeWrite
			}
		}
		return closeSilent
	case "Flush":
		if fn.Signature().Params().Len() == 0 &&
			(isWriter(c.pass.Pkg, recv) || match.IsNamedOrPointer(recv, "archive/zip", "Writer")) {
			if c.isLocal(sel.X) && !c.overMemory(cur, sel.X, 0) {
				return closeWrite
			}
			return closeSilent // a field: whoever owns it knows where it writes, or memory
		}
	case "Sync":
		if isFile {
			return closeWrite
		}
	case "Commit":
		if fn.Signature().Results().Len() == 1 {
			return closeWrite // sql.Tx, pgx.Tx, ...: the transaction may not have happened
		}
	}
	return notClose
}

// isLocal reports whether e is a local variable or parameter (not a field
// or a package-level variable).
func (c *checker) isLocal(e ast.Expr) bool {
	v, ok := astx.UsedVar(c.info, e)
	return ok && match.IsLocal(v)
}

// isWriter reports whether values of type t are writers and not readers:
// they have Write([]byte) (int, error) and no Read method, so data written
// to them may be buffered until Close or Flush.
func isWriter(pkg *types.Package, t types.Type) bool {
	w, _, _ := types.LookupFieldOrMethod(t, true, pkg, "Write")
	wf, ok := w.(*types.Func)
	if !ok {
		return false
	}
	sig := wf.Signature()
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false
	}
	if sl, ok := sig.Params().At(0).Type().Underlying().(*types.Slice); !ok || !types.Identical(sl.Elem(), types.Typ[types.Byte]) {
		return false
	}
	r, _, _ := types.LookupFieldOrMethod(t, true, pkg, "Read")
	return r == nil
}

// funcInfo is what the rules need to know about one outermost function,
// gathered by one walk of it the first time it is needed.
type funcInfo struct {
	fileOrigin map[*types.Var]fileOrigin // how *os.File variables are opened
	checked    []checkedCall             // Close-like calls whose error is used
	captured   map[*types.Var]bool       // variables used in a closure or whose address is taken
	funcLits   map[*types.Var]bool       // variables assigned a function literal
	hasGoto    bool
	// quotedPrefix: the function calls strconv.QuotedPrefix, which
	// validates what a later strconv.Unquote gets.
	quotedPrefix bool
}

type fileOrigin struct{ write, other bool }

type checkedCall struct {
	path astx.Path
	name string
}

func (c *checker) funcInfo(cur inspector.Cursor) *funcInfo {
	outer, ok := astx.OutermostFunc(cur)
	if !ok {
		return &funcInfo{}
	}
	if fi, ok := c.funcs[outer.Node()]; ok {
		return fi
	}
	fi := &funcInfo{
		fileOrigin: make(map[*types.Var]fileOrigin),
		captured:   make(map[*types.Var]bool),
		funcLits:   make(map[*types.Var]bool),
	}
	c.funcs[outer.Node()] = fi
	filter := []ast.Node{
		(*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.CallExpr)(nil),
		(*ast.FuncLit)(nil), (*ast.UnaryExpr)(nil), (*ast.BranchStmt)(nil),
	}
	for ncur := range outer.Preorder(filter...) {
		switch n := ncur.Node().(type) {
		case *ast.AssignStmt:
			c.recordFiles(fi, n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			c.recordFiles(fi, lhs, n.Values)
		case *ast.CallExpr:
			c.recordChecked(fi, ncur, n)
			fi.quotedPrefix = fi.quotedPrefix || match.IsFunc(match.Callee(c.info, n), "strconv", "QuotedPrefix")
		case *ast.FuncLit:
			if n != outer.Node() {
				ast.Inspect(n.Body, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok {
						if v, ok := c.info.Uses[id].(*types.Var); ok && !inside(v.Pos(), n) {
							fi.captured[v] = true
						}
					}
					return true
				})
			}
		case *ast.UnaryExpr:
			if n.Op.String() == "&" {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					if v, ok := c.info.Uses[id].(*types.Var); ok {
						fi.captured[v] = true
					}
				}
			}
		case *ast.BranchStmt:
			if n.Tok.String() == "goto" {
				fi.hasGoto = true
			}
		}
	}
	return fi
}

// inside reports whether pos lies within n.
func inside(pos token.Pos, n ast.Node) bool {
	return n.Pos() <= pos && pos < n.End()
}

// recordFiles notes how *os.File variables are assigned.
func (c *checker) recordFiles(fi *funcInfo, lhs, rhs []ast.Expr) {
	for i, e := range lhs {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := c.info.ObjectOf(id).(*types.Var)
		if !ok {
			continue
		}
		var value ast.Expr
		switch {
		case len(rhs) == len(lhs):
			value = rhs[i]
		case len(rhs) == 1 && i == 0:
			value = rhs[0]
		}
		if _, ok := ast.Unparen(value).(*ast.FuncLit); ok {
			fi.funcLits[v] = true
		}
		if !match.IsNamedOrPointer(v.Type(), "os", "File") {
			continue
		}
		o := fi.fileOrigin[v]
		switch c.opensForWrite(value) {
		case 1:
			o.write = true
		case 0:
			if tv := c.info.Types[value]; value == nil || !tv.IsNil() {
				o.other = true
			}
		}
		fi.fileOrigin[v] = o
	}
}

// opensForWrite returns 1 if e opens a file for writing, 0 otherwise.
func (c *checker) opensForWrite(e ast.Expr) int {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return 0
	}
	fn := match.Callee(c.info, call)
	switch {
	case match.IsFunc(fn, "os", "Create", "CreateTemp"), match.IsMethod(fn, "os", "Root", "Create"):
		return 1
	case match.IsFunc(fn, "os", "OpenFile") && len(call.Args) == 3,
		match.IsMethod(fn, "os", "Root", "OpenFile") && len(call.Args) == 3:
		if flag, ok := astx.ConstInt(c.info, call.Args[1]); ok && c.api.writeFlags != 0 && flag&c.api.writeFlags != 0 {
			return 1
		}
	}
	return 0
}

// isWriteFile reports whether e is a local variable that every assignment
// in its function sets to a file opened for writing.
func (c *checker) isWriteFile(cur inspector.Cursor, e ast.Expr) bool {
	v, ok := astx.UsedVar(c.info, e)
	if !ok {
		return false
	}
	o := c.funcInfo(cur).fileOrigin[v]
	return o.write && !o.other
}

// recordChecked notes Close-like calls whose error result is used.
func (c *checker) recordChecked(fi *funcInfo, ccur inspector.Cursor, call *ast.CallExpr) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	switch sel.Sel.Name {
	case "Close", "Flush", "Sync", "Commit":
	default:
		return
	}
	ccur = astx.UnparenUp(ccur)
	switch ccur.ParentEdgeKind() {
	case edge.ExprStmt_X, edge.DeferStmt_Call, edge.GoStmt_Call:
		return
	case edge.AssignStmt_Rhs:
		as := ccur.Parent().Node().(*ast.AssignStmt)
		allBlank := true
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); !ok || id.Name != "_" {
				allBlank = false
			}
		}
		if allBlank {
			return
		}
	}
	if p := astx.PathOf(c.info, sel.X); p != nil {
		fi.checked = append(fi.checked, checkedCall{p, sel.Sel.Name})
	}
}

// checkedElsewhere reports whether the function that contains the dropped
// Close-like call also checks the error of the same operation (or, for a
// file, of Sync) on the same value: the dropped one is then a safety net.
func (c *checker) checkedElsewhere(cur inspector.Cursor, call *ast.CallExpr) bool {
	sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	p := astx.PathOf(c.info, sel.X)
	if p == nil {
		return false
	}
	name := sel.Sel.Name
	for _, ch := range c.funcInfo(cur).checked {
		if !samePath(ch.path, p) {
			continue
		}
		if ch.name == name || ch.name == "Close" || (ch.name == "Sync" && name == "Close") {
			return true
		}
	}
	return false
}

func samePath(a, b astx.Path) bool {
	return len(a) == len(b) && a.HasPrefix(b)
}

// removesBeforeListen reports whether the statement at cur removes a file
// (os.Remove, os.RemoveAll) and a later statement of its block makes a
// net.Listener: removing a stale Unix socket before listening
// on it, where a failed remove shows up as "address already in use".
func (c *checker) removesBeforeListen(cur inspector.Cursor, fn *types.Func) bool {
	if !match.IsFunc(fn, "os", "Remove", "RemoveAll") {
		return false
	}
	netPkg := match.Import(c.pass.Pkg, "net")
	if netPkg == nil {
		return false
	}
	tn, ok := netPkg.Scope().Lookup("Listener").(*types.TypeName)
	if !ok {
		return false
	}
	listener, ok := tn.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
		for call := range next.Preorder((*ast.CallExpr)(nil)) {
			t := c.info.TypeOf(call.Node().(*ast.CallExpr))
			if tuple, ok := t.(*types.Tuple); ok && tuple.Len() > 0 {
				t = tuple.At(0).Type()
			}
			if t != nil && types.Implements(t, listener) {
				return true
			}
		}
	}
	return false
}

// overMemory reports whether the local writer e writes into memory: every
// assignment to it in the function is a call whose first argument is a
// bytes.Buffer or strings.Builder (or a pointer to one), or another local
// writer that writes into memory (tar.NewWriter(gzip.NewWriter(&buf))).
// Its Close or Flush then has no device to fail on: nothing written is lost.
func (c *checker) overMemory(cur inspector.Cursor, e ast.Expr, depth int) bool {
	if depth > 3 {
		return false
	}
	v, ok := astx.UsedVar(c.info, e)
	if !ok || !match.IsLocal(v) {
		return false
	}
	fn, ok := astx.OutermostFunc(cur)
	if !ok {
		return false
	}
	sets := 0
	for a := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil)) {
		lhs, rhs, _ := astx.Sides(a.Node())
		for i, l := range lhs {
			if l, ok := ast.Unparen(l).(*ast.Ident); !ok || c.info.ObjectOf(l) != v {
				continue
			}
			var call *ast.CallExpr
			switch {
			case len(rhs) == len(lhs):
				call, _ = ast.Unparen(rhs[i]).(*ast.CallExpr)
			case len(rhs) == 1 && i == 0:
				call, _ = ast.Unparen(rhs[0]).(*ast.CallExpr)
			}
			if call == nil || len(call.Args) == 0 || c.info.Types[call.Fun].IsType() {
				return false
			}
			dst := ast.Unparen(call.Args[0])
			if u, ok := dst.(*ast.UnaryExpr); ok && u.Op == token.AND {
				dst = ast.Unparen(u.X)
			}
			t := c.info.TypeOf(dst)
			if !match.IsNamedOrPointer(t, "bytes", "Buffer") && !match.IsNamedOrPointer(t, "strings", "Builder") &&
				!c.overMemory(cur, dst, depth+1) {
				return false
			}
			sets++
		}
	}
	return sets > 0
}
