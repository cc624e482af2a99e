package ignorederr

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the reasons not to report x, _ := f() (category
// value-used); explained serves dropped calls too.

// valueSafe reports whether x, _ := f() at cur may use x: it stays valid
// after a failure, the failure cannot happen, or the code handles it.
func (c *checker) valueSafe(cur inspector.Cursor, lhs []ast.Expr, call *ast.CallExpr, fn *types.Func) bool {
	return c.allConstArgs(call) || c.localIO(call, fn) || c.localHelper(fn) || isIOCount(fn) ||
		c.unquotesChecked(cur, call, fn) || c.marshalsSafely(call, fn) || c.constantLevel(call, fn) ||
		c.zeroChecked(cur, lhs) || c.explained(cur)
}

// isIOCount reports whether fn reads or writes and returns a count or
// partial data that stays valid after a failure (io.ReadFull, Read, Peek).
func isIOCount(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	for _, p := range []string{"Read", "Write", "Copy", "Peek"} {
		if strings.HasPrefix(fn.Name(), p) {
			return true
		}
	}
	return false
}

// unquotesChecked reports whether call is strconv.Unquote of text already
// checked: a Go literal's text (lit.Value of an *ast.BasicLit), which the
// parser has checked, or anything in a function that calls
// strconv.QuotedPrefix, which checks a quoted string before it is cut out.
func (c *checker) unquotesChecked(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	if !match.IsFunc(fn, "strconv", "Unquote") || len(call.Args) != 1 {
		return false
	}
	if sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); ok && sel.Sel.Name == "Value" &&
		match.IsNamedOrPointer(c.info.TypeOf(sel.X), "go/ast", "BasicLit") {
		return true
	}
	return c.funcInfo(cur).quotedPrefix
}

// zeroChecked reports whether the assignment at cur is immediately tested:
// it is the init of an if statement, or the statement right after it is
// an if, whose condition compares one of lhs (or a field of it) with its
// zero value (u != nil, n > 0, len(b) == 0, v.ID == ""), or a range over
// one of lhs, which a failure's nil slice or map ends at once. The value a
// failure leaves is then handled.
func (c *checker) zeroChecked(cur inspector.Cursor, lhs []ast.Expr) bool {
	vars := c.assignedVars(lhs)
	var cond ast.Expr
	if cur.ParentEdgeKind() == edge.IfStmt_Init {
		cond = cur.Parent().Node().(*ast.IfStmt).Cond
	} else if next, ok := cur.NextSibling(); ok {
		switch n := next.Node().(type) {
		case *ast.IfStmt:
			cond = n.Cond
		case *ast.RangeStmt:
			id, ok := ast.Unparen(n.X).(*ast.Ident)
			return ok && vars[c.info.ObjectOf(id)] && isNilRangeable(c.info.TypeOf(n.X))
		}
	}
	if cond == nil {
		return false
	}
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if b, ok := n.(*ast.BinaryExpr); ok && isComparison(b.Op) {
			found = found || c.isZeroTest(b.X, b.Y, vars) || c.isZeroTest(b.Y, b.X, vars)
		}
		return !found
	})
	return found
}

// isZeroTest reports whether x (one of vars, or len of one) is compared
// with y, the zero value (nil, 0, "", false).
func (c *checker) isZeroTest(x, y ast.Expr, vars map[types.Object]bool) bool {
	x = ast.Unparen(x)
	if call, ok := x.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "len" {
				x = ast.Unparen(call.Args[0])
			}
		}
	}
	for {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			break
		}
		x = ast.Unparen(sel.X) // creds.AccessKeyID == "" tests creds
	}
	id, ok := x.(*ast.Ident)
	if !ok || !vars[c.info.ObjectOf(id)] {
		return false
	}
	tv := c.info.Types[y]
	if tv.IsNil() {
		return true
	}
	return tv.Value != nil && isZeroConst(tv.Value)
}

func isZeroConst(v constant.Value) bool {
	switch v.Kind() {
	case constant.Bool:
		return !constant.BoolVal(v)
	case constant.String:
		return constant.StringVal(v) == ""
	case constant.Int, constant.Float, constant.Complex:
		return constant.Sign(v) == 0
	}
	return false
}

// isNilRangeable reports whether ranging over the zero value of t runs no
// iterations: a slice or a map.
func isNilRangeable(t types.Type) bool {
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Slice, *types.Map:
		return true
	}
	return false
}

// constantLevel reports whether call makes a compressor with a constant
// level (flate.NewWriter(w, flate.BestSpeed)): the level is all its error
// is about, so a run that passes once passes always.
func (c *checker) constantLevel(call *ast.CallExpr, fn *types.Func) bool {
	if !match.IsFunc(fn, "compress/flate", "NewWriter", "NewWriterDict") &&
		!match.IsFunc(fn, "compress/gzip", "NewWriterLevel") &&
		!match.IsFunc(fn, "compress/zlib", "NewWriterLevel", "NewWriterLevelDict") {
		return false
	}
	return len(call.Args) > 1 && c.info.Types[call.Args[1]].Value != nil
}

// marshalsSafely reports whether call is json.Marshal or MarshalIndent of
// a value whose type cannot fail to encode: no interfaces, channels,
// functions, complex numbers or custom marshalers (time.Time aside), only
// strings, numbers, booleans and slices, arrays, maps and structs of them.
// req, _ := json.Marshal(request{ID: id}) is then a deliberate shortcut.
func (c *checker) marshalsSafely(call *ast.CallExpr, fn *types.Func) bool {
	if !match.IsFunc(fn, "encoding/json", "Marshal", "MarshalIndent") || len(call.Args) == 0 {
		return false
	}
	return jsonSafe(c.info.TypeOf(call.Args[0]), make(map[types.Type]bool))
}

// hasMethod reports whether t or *t has a method called name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

func jsonSafe(t types.Type, seen map[types.Type]bool) bool {
	if t == nil {
		return false
	}
	if seen[t] {
		return true // a recursive type: judged where it started
	}
	seen[t] = true
	if match.IsNamed(t, "time", "Time") {
		return true
	}
	if hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") {
		return false // custom code, which may fail
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Info()&(types.IsComplex|types.IsUntyped) == 0 && u.Kind() != types.UnsafePointer && u.Kind() != types.Uintptr
	case *types.Pointer:
		return jsonSafe(u.Elem(), seen)
	case *types.Slice:
		return jsonSafe(u.Elem(), seen)
	case *types.Array:
		return jsonSafe(u.Elem(), seen)
	case *types.Map:
		k, ok := u.Key().Underlying().(*types.Basic)
		return ok && k.Info()&(types.IsString|types.IsInteger) != 0 && jsonSafe(u.Elem(), seen)
	case *types.Struct:
		for f := range u.Fields() {
			if (f.Exported() || f.Embedded()) && !jsonSafe(f.Type(), seen) {
				return false
			}
		}
		return true
	}
	return false
}

// assignedVars returns the variables named on the left of an assignment.
func (c *checker) assignedVars(lhs []ast.Expr) map[types.Object]bool {
	vars := make(map[types.Object]bool)
	for _, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			if obj := c.info.ObjectOf(id); obj != nil {
				vars[obj] = true
			}
		}
	}
	return vars
}

// explained reports whether the statement at cur carries a comment that
// says why its error does not matter, at the end of its line (n, _ :=
// strconv.Atoi(s) // zero if unset) or just above it: one that speaks of
// errors, validity or defaults rather than describing what the line does.
// The author has made the choice visible.
func (c *checker) explained(cur inspector.Cursor) bool {
	stmt := cur.Node()
	if cur.ParentEdgeKind() == edge.IfStmt_Init {
		stmt = cur.Parent().Node()
	}
	file, ok := enclosingFile(cur)
	if !ok {
		return false
	}
	tf := c.pass.Fset.File(stmt.Pos())
	if tf == nil {
		return false
	}
	first, last := tf.Line(stmt.Pos()), tf.Line(cur.Node().End())
	for _, cg := range file.Comments {
		start, end := tf.Line(cg.Pos()), tf.Line(cg.End())
		trailing := start == last && cg.Pos() >= cur.Node().End()
		// Above: on lines of its own, not trailing the statement before.
		above := end == first-1 && tf.Position(cg.Pos()).Column <= tf.Position(stmt.Pos()).Column
		if (trailing || above) && speaksOfFailure(cg.Text()) {
			return true
		}
	}
	return false
}

// failureWords mark a comment above a blank error as an explanation
// rather than a description of what the line does.
var failureWords = []string{"err", "fail", "valid", "ignor", "zero", "default", "never", "always", "must", "cannot", "can't", "safe"}

func speaksOfFailure(text string) bool {
	text = strings.ToLower(text)
	// Directives and analysistest expectations are not explanations.
	if strings.HasPrefix(text, "want ") || strings.HasPrefix(text, "nolint") || strings.HasPrefix(text, "prodvet:") {
		return false
	}
	for _, w := range failureWords {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

func enclosingFile(cur inspector.Cursor) (*ast.File, bool) {
	for f := range cur.Enclosing((*ast.File)(nil)) {
		return f.Node().(*ast.File), true
	}
	return nil, false
}

func isComparison(op token.Token) bool {
	switch op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return true
	}
	return false
}
