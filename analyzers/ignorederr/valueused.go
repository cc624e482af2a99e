package ignorederr

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the reasons not to report x, _ := f() (category
// value-used); explained serves dropped calls too.

// valueSafe reports whether x, _ := f() at cur may use x: it stays valid
// after a failure, the failure cannot happen, or the code handles it.
func (c *checker) valueSafe(cur inspector.Cursor, lhs []ast.Expr, call *ast.CallExpr, fn *types.Func) bool {
	return c.allConstArgs(call) || match.IsFunc(fn, "os", "Hostname") || c.localIO(call, fn) || c.localHelper(fn) || isIOCount(fn) ||
		c.unquotesChecked(cur, call, fn) || c.marshalsSafely(cur, call, fn) || c.constantLevel(call, fn) ||
		c.zeroChecked(cur, lhs) || c.lookupGuarded(cur, call) || c.diagnosticOnly(cur, lhs) || c.explained(cur)
}

// lookupGuarded reports whether call, a lookup x.Get(k), cannot miss: it
// sits inside if x.Has(k) (or Contains, Exists) on the same receiver and
// arguments, or its only argument is the index of a loop bounded by the
// receiver's length (for i := 0; i < x.Len(); i++, for i := range
// x.Len()). A lookup's error then means only "not there", which the guard
// has ruled out.
func (c *checker) lookupGuarded(cur inspector.Cursor, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	if s, ok := c.info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return false
	}
	recv := astx.PathOf(c.info, sel.X)
	if recv == nil {
		return false
	}
	var index types.Object
	if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && len(call.Args) == 1 {
		index = c.info.Uses[id]
	}
	for p := cur; ; p = p.Parent() {
		switch p.ParentEdgeKind() {
		case edge.IfStmt_Body:
			if c.hasCall(p.Parent().Node().(*ast.IfStmt).Cond, recv, call.Args) {
				return true
			}
		case edge.ForStmt_Body:
			if index != nil && c.boundsIndex(p.Parent().Node().(*ast.ForStmt), index, recv) {
				return true
			}
		case edge.RangeStmt_Body:
			rs := p.Parent().Node().(*ast.RangeStmt)
			if id, ok := rs.Key.(*ast.Ident); ok && index != nil && c.info.Defs[id] == index && c.isLenOf(rs.X, recv) {
				return true
			}
		case edge.FuncDecl_Body, edge.FuncLit_Body, edge.Invalid:
			return false
		}
	}
}

// hasCall reports whether cond calls Has, Contains or Exists on recv with
// the same arguments as args.
func (c *checker) hasCall(cond ast.Expr, recv astx.Path, args []ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found || len(call.Args) != len(args) {
			return !found
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch sel.Sel.Name {
		case "Has", "Contains", "Exists":
		default:
			return true
		}
		if !slices.Equal(astx.PathOf(c.info, sel.X), recv) {
			return true
		}
		for i := range args {
			if !c.sameValue(call.Args[i], args[i]) {
				return true
			}
		}
		found = true
		return false
	})
	return found
}

// sameValue reports whether a and b are the same constant or the same
// variable path.
func (c *checker) sameValue(a, b ast.Expr) bool {
	ta, tb := c.info.Types[a], c.info.Types[b]
	if ta.Value != nil && tb.Value != nil {
		return constant.Compare(ta.Value, token.EQL, tb.Value)
	}
	pa, pb := astx.PathOf(c.info, a), astx.PathOf(c.info, b)
	return pa != nil && slices.Equal(pa, pb)
}

// boundsIndex reports whether loop counts index up from a constant to
// recv.Len() (i < x.Len()), and the body does not assign index.
func (c *checker) boundsIndex(loop *ast.ForStmt, index types.Object, recv astx.Path) bool {
	init, ok := loop.Init.(*ast.AssignStmt)
	if !ok || len(init.Lhs) != 1 || len(init.Rhs) != 1 || c.info.Types[init.Rhs[0]].Value == nil {
		return false
	}
	if id, ok := init.Lhs[0].(*ast.Ident); !ok || c.info.ObjectOf(id) != index {
		return false
	}
	cond, ok := ast.Unparen(loop.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.LSS {
		return false
	}
	if id, ok := ast.Unparen(cond.X).(*ast.Ident); !ok || c.info.Uses[id] != index || !c.isLenOf(cond.Y, recv) {
		return false
	}
	assigned := false
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && c.info.Uses[id] == index {
					assigned = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && c.info.Uses[id] == index {
				assigned = true
			}
		}
		return !assigned
	})
	return !assigned
}

// isLenOf reports whether e is recv.Len() or len(recv).
func (c *checker) isLenOf(e ast.Expr, recv astx.Path) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.SelectorExpr:
		return fun.Sel.Name == "Len" && len(call.Args) == 0 && slices.Equal(astx.PathOf(c.info, fun.X), recv)
	case *ast.Ident:
		b, ok := c.info.Uses[fun].(*types.Builtin)
		return ok && b.Name() == "len" && len(call.Args) == 1 && slices.Equal(astx.PathOf(c.info, call.Args[0]), recv)
	}
	return false
}

// diagnosticOnly reports whether every use of the values x, _ := f()
// assigns is an argument of a logging call or of a log attribute
// constructor (slog.Int64("rows", n), zap.Int64): a failure shows up as
// a zero in a log line and goes nowhere else.
func (c *checker) diagnosticOnly(cur inspector.Cursor, lhs []ast.Expr) bool {
	vars := c.assignedVars(lhs)
	if len(vars) != len(lhs)-1 {
		return false // a field or an element escapes the function's view
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	uses := 0
	for id := range fn.Preorder((*ast.Ident)(nil)) {
		if !vars[c.info.Uses[id.Node().(*ast.Ident)]] {
			continue
		}
		uses++
		if id.ParentEdgeKind() != edge.CallExpr_Args || !isLogCall(match.Callee(c.info, id.Parent().Node().(*ast.CallExpr))) {
			return false
		}
	}
	return uses > 0
}

// logPackages are the packages whose functions and methods only log or
// build log attributes.
var logPackages = []string{
	"log", "log/slog", "go.uber.org/zap", "go.uber.org/zap/zapcore", "github.com/sirupsen/logrus",
	"github.com/rs/zerolog", "github.com/rs/zerolog/log", "github.com/go-logr/logr", "k8s.io/klog/v2",
}

// isLogCall reports whether fn is a function or method of a logging
// package (a logger method, slog.Int64, zap.String).
func isLogCall(fn *types.Func) bool {
	return fn != nil && fn.Pkg() != nil && slices.Contains(logPackages, fn.Pkg().Path())
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

// zeroChecked reports whether what a failure leaves in lhs is handled at
// once: the assignment is the init of an if statement whose condition
// tests one of lhs, or the first later statement of its block that
// mentions one of lhs handles it (see handles). Statements in between
// that do not mention them (a second lookup) do not matter.
func (c *checker) zeroChecked(cur inspector.Cursor, lhs []ast.Expr) bool {
	vars := c.assignedVars(lhs)
	if len(vars) == 0 {
		return false
	}
	if cur.ParentEdgeKind() == edge.IfStmt_Init {
		return c.testsZero(cur.Parent().Node().(*ast.IfStmt).Cond, vars)
	}
	// The first statement that mentions them decides, however far: the
	// statements before it cannot use what a failure left.
	for next, ok := cur.NextSibling(); ok; next, ok = next.NextSibling() {
		if c.mentions(next.Node(), vars) {
			return c.handles(next.Node(), vars)
		}
	}
	return false
}

// handles reports whether stmt, the first statement to mention one of
// vars after x, _ := f(), handles the zero value a failure leaves there:
//   - an if whose condition (or init) compares one of vars with its zero
//     value, or any statement holding such a comparison (present := v != nil);
//   - a range over one of vars, a slice or a map: a failure's nil runs no
//     iterations;
//   - a comma-ok type assertion (s, ok := v.(string)) or a type switch on
//     one of vars: the nil interface a failure leaves fails every case, and
//     the code has said what happens then;
//   - an assertion helper called with one of vars (must.NotBeZero(v)),
//     which panics on the zero value.
func (c *checker) handles(stmt ast.Node, vars map[types.Object]bool) bool {
	switch s := stmt.(type) {
	case *ast.IfStmt:
		return c.testsZero(s.Cond, vars) || (s.Init != nil && c.handles(s.Init, vars))
	case *ast.RangeStmt:
		id, ok := ast.Unparen(s.X).(*ast.Ident)
		return ok && vars[c.info.ObjectOf(id)] && isNilRangeable(c.info.TypeOf(s.X))
	case *ast.TypeSwitchStmt:
		return c.assertsOn(s.Assign, vars)
	case *ast.AssignStmt:
		if len(s.Lhs) == 2 && len(s.Rhs) == 1 && c.assertsOn(s, vars) {
			return true // comma-ok: v, ok := x.(T)
		}
	case *ast.ExprStmt:
		if call, ok := ast.Unparen(s.X).(*ast.CallExpr); ok && c.isAssertion(call, vars) {
			return true
		}
	case *ast.DeclStmt, *ast.ReturnStmt:
	default:
		return false // a loop or a block: a use in it may come before a test
	}
	return c.testsZero(stmt, vars) // present := v != nil
}

// assertsOn reports whether stmt holds a type assertion of one of vars on
// its right (v.(T), v.(type)).
func (c *checker) assertsOn(stmt ast.Stmt, vars map[types.Object]bool) bool {
	var x ast.Expr
	switch s := stmt.(type) {
	case *ast.AssignStmt:
		if len(s.Rhs) != 1 {
			return false
		}
		x = s.Rhs[0]
	case *ast.ExprStmt:
		x = s.X
	default:
		return false
	}
	ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(ta.X).(*ast.Ident)
	return ok && vars[c.info.ObjectOf(id)]
}

// isAssertion reports whether call passes one of vars to an assertion
// helper that panics on a zero value: a function without results whose
// package is named must, assert or require, or whose name says what it
// asserts (NotBeZero, NotNil, NotZero, NotEmpty, MustBe...).
func (c *checker) isAssertion(call *ast.CallExpr, vars map[types.Object]bool) bool {
	fn := match.Callee(c.info, call)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Results().Len() != 0 {
		return false
	}
	named := false
	switch fn.Pkg().Name() {
	case "must", "assert", "require":
		named = true
	}
	for _, p := range []string{"NotBe", "NotNil", "NotZero", "NotEmpty", "MustBe", "MustNot"} {
		named = named || strings.HasPrefix(fn.Name(), p)
	}
	if !named {
		return false
	}
	for _, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); ok && vars[c.info.ObjectOf(id)] {
			return true
		}
	}
	return false
}

// testsZero reports whether n holds a comparison of one of vars (or a
// field or len of one) with its zero value.
func (c *checker) testsZero(n ast.Node, vars map[types.Object]bool) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok && isComparison(b.Op) {
			found = found || c.isZeroTest(b.X, b.Y, vars) || c.isZeroTest(b.Y, b.X, vars)
		}
		return !found
	})
	return found
}

// mentions reports whether n uses one of vars.
func (c *checker) mentions(n ast.Node, vars map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && vars[c.info.Uses[id]] {
			found = true
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
// a value that cannot fail to encode: its type holds no interfaces,
// channels, functions, complex numbers or custom marshalers (time.Time
// aside), only strings, numbers, booleans and slices, arrays, maps and
// structs of them. Where the type holds an interface or a json.RawMessage,
// a composite literal is judged by what it holds: the values put into a
// map[string]any literal, and a RawMessage that an earlier json.Marshal
// made (valid JSON, or nil, which encodes as null). req, _ :=
// json.Marshal(request{ID: id}) is then a deliberate shortcut.
func (c *checker) marshalsSafely(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	if !match.IsFunc(fn, "encoding/json", "Marshal", "MarshalIndent") || len(call.Args) == 0 {
		return false
	}
	return c.exprJSONSafe(cur, call.Args[0], c.info.TypeOf(call.Args[0]))
}

// exprJSONSafe reports whether e, stored as type t (a field's or an
// element's declared type), cannot fail to encode.
func (c *checker) exprJSONSafe(cur inspector.Cursor, e ast.Expr, t types.Type) bool {
	if jsonSafe(t, make(map[types.Type]bool)) {
		return true
	}
	e = ast.Unparen(e)
	if c.info.Types[e].IsNil() {
		return true // encodes as null
	}
	if isRawMessage(t) {
		return c.marshalled(cur, e)
	}
	if types.IsInterface(t) {
		if _, ok := e.(*ast.CompositeLit); !ok {
			return jsonSafe(c.info.TypeOf(e), make(map[types.Type]bool))
		}
		t = c.info.TypeOf(e) // the value's own type is what gets encoded
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok || hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		set := make(map[*types.Var]bool)
		for i, elt := range lit.Elts {
			f, v := (*types.Var)(nil), elt
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, _ := kv.Key.(*ast.Ident)
				f, _ = c.info.Uses[id].(*types.Var)
				v = kv.Value
			} else if i < u.NumFields() {
				f = u.Field(i)
			}
			if f == nil {
				return false
			}
			set[f] = true
			if (f.Exported() || f.Embedded()) && !c.exprJSONSafe(cur, v, f.Type()) {
				return false
			}
		}
		for f := range u.Fields() {
			// A field left out holds its zero value: a nil interface or
			// RawMessage encodes as null.
			if !set[f] && (f.Exported() || f.Embedded()) && !types.IsInterface(f.Type()) && !isRawMessage(f.Type()) &&
				!jsonSafe(f.Type(), make(map[types.Type]bool)) {
				return false
			}
		}
		return true
	case *types.Map:
		return jsonKeySafe(u.Key()) && c.eltsJSONSafe(cur, lit, u.Elem())
	case *types.Slice:
		return c.eltsJSONSafe(cur, lit, u.Elem())
	case *types.Array:
		return c.eltsJSONSafe(cur, lit, u.Elem())
	}
	return false
}

// eltsJSONSafe reports whether every element of lit, stored as elem,
// cannot fail to encode.
func (c *checker) eltsJSONSafe(cur inspector.Cursor, lit *ast.CompositeLit, elem types.Type) bool {
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if !c.exprJSONSafe(cur, elt, elem) {
			return false
		}
	}
	return true
}

// isRawMessage reports whether t is encoding/json.RawMessage.
func isRawMessage(t types.Type) bool {
	return match.IsNamed(t, "encoding/json", "RawMessage")
}

// marshalled reports whether e is a local variable that every assignment
// in the function sets from json.Marshal or MarshalIndent: it holds valid
// JSON, or nil after a failure, which a RawMessage encodes as null.
func (c *checker) marshalled(cur inspector.Cursor, e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok || !match.IsLocal(v) {
		return false
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	sets, defined := 0, false
	for a := range fn.Preorder((*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil), (*ast.UnaryExpr)(nil)) {
		if n, ok := a.Node().(*ast.UnaryExpr); ok {
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && c.info.Uses[x] == v {
				return false // its address escapes
			}
			continue
		}
		lhs, rhs, _ := astx.Sides(a.Node())
		for i, l := range lhs {
			l, ok := ast.Unparen(l).(*ast.Ident)
			if !ok || c.info.ObjectOf(l) != v {
				continue
			}
			defined = defined || c.info.Defs[l] == v
			if len(rhs) == 0 {
				continue // var x json.RawMessage: nil, which encodes as null
			}
			if i != 0 || len(rhs) != 1 {
				return false
			}
			call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
			if !ok || !match.IsFunc(match.Callee(c.info, call), "encoding/json", "Marshal", "MarshalIndent") {
				return false
			}
			sets++
		}
	}
	return defined && sets > 0
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
	if hasMethod(t, "MarshalJSON") || hasMethod(t, "MarshalText") || match.IsNamed(t, "encoding/json", "Number") {
		return false // custom code, which may fail; a Number that is not a number fails
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
		return jsonKeySafe(u.Key()) && jsonSafe(u.Elem(), seen)
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

// jsonKeySafe reports whether a map key of type t cannot fail to encode:
// a string kind, used as it is, or an integer kind without a MarshalText
// method, which encoding/json would call.
func jsonKeySafe(t types.Type) bool {
	k, ok := t.Underlying().(*types.Basic)
	return ok && (k.Info()&types.IsString != 0 || k.Info()&types.IsInteger != 0 && !hasMethod(t, "MarshalText"))
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
