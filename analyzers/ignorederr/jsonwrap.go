package ignorederr

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/inspector"
)

// This file follows json.Marshal's "cannot fail" judgement (marshalsSafely)
// through first-party wrappers: hatchet's datautils.ToJSONMap(v any)
// (map[string]any, error) marshals v and unmarshals the bytes into a map,
// and its callers drop the error when v is a struct of strings.

// jsonErr is the fact that a function's error results come only from
// encoding/json working on its parameter Param (the receiver not
// counted). Kind says how:
//
//   - "encode": the function encodes the parameter (json.Marshal), and may
//     decode what it encoded into an any, which valid JSON cannot fail.
//   - "object": as encode, and it decodes the encoding into a
//     map[string]any, which fails unless the value encodes as a JSON
//     object or null (ToJSONMap).
//   - "decode" and "decodeobject": the parameter is JSON text that the
//     function decodes into an any (or a map[string]any): it fails only
//     when the text is not valid JSON (or not an object or null). This
//     kind is not benign at a call site; it lets a wrapper that passes
//     what it encoded (ToJSONMap calling JSONBytesToMap(b)) earn its own
//     fact.
//
// A call of an encode or object function is benign when the argument
// cannot fail to encode (jsonSafe) and, for object, encodes as an object.
type jsonErr struct {
	Kind  string
	Param int
}

func (*jsonErr) AFact()           {}
func (f *jsonErr) String() string { return "jsonerr:" + f.Kind + strconv.Itoa(f.Param) }

// decodes reports whether the parameter is JSON text rather than a value.
func (f *jsonErr) decodes() bool { return f.Kind == "decode" || f.Kind == "decodeobject" }

// object reports whether the JSON must be an object (or null).
func (f *jsonErr) object() bool { return f.Kind == "object" || f.Kind == "decodeobject" }

// exportJSON computes jsonErr for the functions and methods declared in
// the package whose errors are not benign, to a fixed point (a wrapper of
// a wrapper), and exports it.
func (c *checker) exportJSON(funcs []errFunc) {
	if !match.Reaches(c.pass.Pkg, "encoding/json") {
		return // no json, no fact: a dependency's fact needs json reachable too
	}
	c.json = make(map[*types.Func]*jsonErr)
	fixedPoint(funcs, func(f errFunc) bool {
		if _, benign := c.benign[f.fn]; benign || f.fn.Signature().Params().Len() == 0 {
			return false
		}
		fact, ok := c.jsonBody(f.fn, f.body)
		if ok {
			c.json[f.fn] = fact
		}
		return ok
	})
	for _, f := range funcs { // in source order
		if fact, ok := c.json[f.fn]; ok {
			c.pass.ExportObjectFact(f.fn, fact)
		}
	}
}

// jsonFact returns fn's jsonErr fact, if it has one.
func (c *checker) jsonFact(fn *types.Func) (*jsonErr, bool) {
	if fn == nil {
		return nil, false
	}
	if f, ok := c.json[fn]; ok {
		return f, true
	}
	if match.IsStd(fn.Pkg()) || fn.Pkg() == c.pass.Pkg {
		return nil, false
	}
	f := new(jsonErr)
	return f, c.pass.ImportObjectFact(fn, f)
}

// jsonArg returns the argument of call that binds fn's parameter i, and
// that parameter's type (instantiated, for a generic callee); ok is false
// for a variadic parameter.
func (c *checker) jsonArg(call *ast.CallExpr, fn *types.Func, i int) (ast.Expr, types.Type, bool) {
	sig := fn.Signature()
	if i >= sig.Params().Len() || (sig.Variadic() && i == sig.Params().Len()-1) || call.Ellipsis.IsValid() {
		return nil, nil, false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := c.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			i++ // T.M(recv, args...): the receiver comes first
		}
	}
	t, ok := c.info.TypeOf(call.Fun).(*types.Signature)
	if !ok || i >= len(call.Args) || t.Params().Len() != len(call.Args) {
		return nil, nil, false
	}
	return call.Args[i], t.Params().At(i).Type(), true
}

// jsonWrapperSafe reports whether call's callee has an encode or object
// jsonErr fact and the argument it encodes cannot fail to encode, nor,
// for object, to decode into a map: hatchet's ToJSONMap(payload{ID: id}).
func (c *checker) jsonWrapperSafe(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func) bool {
	f, ok := c.jsonFact(fn)
	if !ok || f.decodes() {
		return false
	}
	arg, pt, ok := c.jsonArg(call, fn, f.Param)
	if !ok || !c.exprJSONSafe(cur, arg, pt) {
		return false
	}
	if !f.object() || c.info.Types[ast.Unparen(arg)].IsNil() {
		return true
	}
	t := pt
	if types.IsInterface(pt) {
		t = c.info.TypeOf(arg) // what is put into the interface is what gets encoded
	}
	return encodesAsObject(t)
}

// encodesAsObject reports whether encoding/json encodes a value of type t
// as a JSON object or null: a struct or a map, or a pointer to one (a nil
// pointer or map is null). Custom marshalers are jsonSafe's question.
func encodesAsObject(t types.Type) bool {
	for {
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Struct, *types.Map:
			return !match.IsNamed(t, "time", "Time")
		}
		return false
	}
}

// jsonBody reports whether every return in body (outside function
// literals) gives fn's error results an error that only encoding/json
// working on one parameter can produce, and returns the fact.
func (c *checker) jsonBody(fn *types.Func, body *ast.BlockStmt) (*jsonErr, bool) {
	sig := fn.Signature()
	s := &jsonScan{c: c, body: body, params: make(map[*types.Var]int)}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); p.Name() != "" && p.Name() != "_" && !(sig.Variadic() && i == sig.Params().Len()-1) {
			s.params[p] = i
		}
	}
	if !newErrFlow(c.info, body, s.call).returns(sig) || s.param == nil || !s.unchanged(s.param) {
		return nil, false
	}
	kind := "encode"
	switch {
	case s.decode && s.object:
		kind = "decodeobject"
	case s.decode:
		kind = "decode"
	case s.object:
		kind = "object"
	}
	return &jsonErr{Kind: kind, Param: s.params[s.param]}, true
}

// jsonScan judges the calls whose errors reach a function's error
// results, and gathers the one parameter they are about.
type jsonScan struct {
	c      *checker
	body   *ast.BlockStmt
	params map[*types.Var]int // the function's parameters, not its receiver, by index
	// What the errors are about: encoding param (or decoding it, when
	// decode), and whether the JSON must be an object.
	param          *types.Var
	decode, object bool
}

// about records that an error comes from encoding (or decoding) p, and
// reports whether that agrees with the errors seen before.
func (s *jsonScan) about(p *types.Var, decode, object bool) bool {
	if s.param != nil && (s.param != p || s.decode != decode) {
		return false
	}
	s.param, s.decode = p, decode
	s.object = s.object || object
	return true
}

// call reports whether the errors of call come only from encoding/json
// working on a parameter: json.Marshal(p), json.Unmarshal(b, &m) of JSON
// text b (a parameter, or a local that only json.Marshal(p) sets) into a
// map[string]any or an any, or a call of a function with the jsonErr fact
// given such a parameter or text.
func (s *jsonScan) call(call *ast.CallExpr) bool {
	fn := match.Callee(s.c.info, call)
	switch {
	case fn == nil:
		return false
	case match.IsFunc(fn, "encoding/json", "Marshal", "MarshalIndent") && len(call.Args) > 0:
		p, ok := s.param0(call.Args[0])
		return ok && s.about(p, false, false)
	case match.IsFunc(fn, "encoding/json", "Unmarshal") && len(call.Args) == 2:
		object, ok := s.target(call.Args[1])
		return ok && s.text(call.Args[0], object)
	}
	f, ok := s.c.jsonFact(fn)
	if !ok {
		return false
	}
	arg, _, ok := s.c.jsonArg(call, fn, f.Param)
	if !ok {
		return false
	}
	if f.decodes() {
		return s.text(arg, f.object())
	}
	p, ok := s.param0(arg)
	return ok && s.about(p, false, f.object())
}

// param0 returns the parameter e names.
func (s *jsonScan) param0(e ast.Expr) (*types.Var, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := s.c.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	_, isParam := s.params[v]
	return v, isParam
}

// text reports whether e, JSON text being decoded, is a parameter or a
// local variable that only json.Marshal of a parameter sets and only
// decoders read, and records it.
func (s *jsonScan) text(e ast.Expr, object bool) bool {
	if p, ok := s.param0(e); ok {
		return s.about(p, true, object)
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := s.c.info.Uses[id].(*types.Var)
	if !ok || v.Pos() < s.body.Pos() {
		return false
	}
	// Every mention of v is b, err := json.Marshal(p) or the text argument
	// of a decoder: nothing else may change the bytes or alias them.
	var p *types.Var
	mentions, approved := 0, 0
	ok = true
	ast.Inspect(s.body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.Ident:
			if s.c.info.ObjectOf(n) == v {
				mentions++
			}
		case *ast.AssignStmt, *ast.ValueSpec:
			lhs, rhs, _ := astx.Sides(n)
			for i, l := range lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); !isID || s.c.info.ObjectOf(id) != v {
					continue
				}
				var call *ast.CallExpr
				if i == 0 && len(rhs) == 1 && len(lhs) == 2 {
					call, _ = ast.Unparen(rhs[0]).(*ast.CallExpr)
				}
				if call == nil || len(call.Args) == 0 || !match.IsFunc(match.Callee(s.c.info, call), "encoding/json", "Marshal", "MarshalIndent") {
					ok = false
					return false
				}
				q, isParam := s.param0(call.Args[0])
				if !isParam || (p != nil && p != q) {
					ok = false
					return false
				}
				p = q
				approved++
			}
		case *ast.CallExpr:
			for i, a := range n.Args {
				if id, isID := ast.Unparen(a).(*ast.Ident); isID && s.c.info.Uses[id] == v && s.readsText(n, i) {
					approved++
				}
			}
		}
		return true
	})
	return ok && p != nil && mentions == approved && s.about(p, false, object)
}

// readsText reports whether argument i of call is JSON text that it only
// decodes: json.Unmarshal's data, or a jsonErr decode function's parameter.
func (s *jsonScan) readsText(call *ast.CallExpr, i int) bool {
	fn := match.Callee(s.c.info, call)
	if match.IsFunc(fn, "encoding/json", "Unmarshal") {
		return i == 0
	}
	f, ok := s.c.jsonFact(fn)
	if !ok || !f.decodes() {
		return false
	}
	arg, _, ok := s.c.jsonArg(call, fn, f.Param)
	return ok && arg == call.Args[i]
}

// target reports whether e, the destination of json.Unmarshal, is &v for a
// local v of type any (valid JSON always decodes into it) or
// map[string]any (object or null only), with no custom decoder.
func (s *jsonScan) target(e ast.Expr) (object, ok bool) {
	u, isUnary := ast.Unparen(e).(*ast.UnaryExpr)
	if !isUnary || u.Op != token.AND {
		return false, false
	}
	id, isID := ast.Unparen(u.X).(*ast.Ident)
	if !isID {
		return false, false
	}
	v, isVar := s.c.info.Uses[id].(*types.Var)
	if !isVar || !match.IsLocal(v) || hasMethod(v.Type(), "UnmarshalJSON") || hasMethod(v.Type(), "UnmarshalText") {
		return false, false
	}
	if isEmptyInterface(v.Type()) {
		return false, true
	}
	m, isMap := v.Type().Underlying().(*types.Map)
	if !isMap || !isEmptyInterface(m.Elem()) {
		return false, false
	}
	k, isBasic := m.Key().Underlying().(*types.Basic)
	return true, isBasic && k.Info()&types.IsString != 0 && !hasMethod(m.Key(), "UnmarshalText")
}

// isEmptyInterface reports whether t is interface{} (any).
func isEmptyInterface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0 && !i.IsComparable()
}

// unchanged reports whether the body never assigns p nor takes its
// address: the value encoded is the one the caller passed.
func (s *jsonScan) unchanged(p *types.Var) bool {
	ok := true
	ast.Inspect(s.body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, isID := ast.Unparen(l).(*ast.Ident); isID && s.c.info.ObjectOf(id) == p {
					ok = false
				}
			}
		case *ast.UnaryExpr:
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && s.c.info.Uses[id] == p {
				ok = false
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if id, isID := e.(*ast.Ident); isID && s.c.info.ObjectOf(id) == p {
					ok = false
				}
			}
		}
		return ok
	})
	return ok
}
