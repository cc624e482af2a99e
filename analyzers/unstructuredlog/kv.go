package unstructuredlog

import (
	"go/ast"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

const zapcorePath = "go.uber.org/zap/zapcore"

// checkKV checks the key-value pairs of a structured logging call: every
// key a constant string, every key followed by a value. An argument of
// interface type might be anything at run time (a key, a value, an
// attribute), so checking stops there, as vet's slog analyzer does.
func (c *checker) checkKV(call *ast.CallExpr, a libs.LogAPI) {
	if a.KV >= len(call.Args) {
		return
	}
	args := call.Args[a.KV:]
	for i := 0; i < len(args); {
		arg := args[i]
		t := c.info.TypeOf(arg)
		switch {
		case t == nil:
			return
		case isString(t):
			if i == len(args)-1 {
				c.rep.Reportf(arg, catBadKV, "key %s of %s has no value (%s)", types.ExprString(arg), render(c.info, call), badKey(a.Lib))
				return
			}
			if how := c.dynamicKey(arg); how != "" {
				c.rep.Reportf(arg, catBadKV, "key of %s is built from %s (unbounded field names); use a constant key", render(c.info, call), how)
			}
			if c.isAttr(a.Lib, c.info.TypeOf(args[i+1])) {
				c.rep.Reportf(arg, catBadKV, "key %s of %s is followed by %s, which becomes its value instead of a field; drop the key",
					types.ExprString(arg), render(c.info, call), attrName(a.Lib))
			}
			i += 2
		case match.ImplementsError(t) && (a.Lib != libs.LogSugar || c.zapErrKey):
			// Not a string, not an attribute, whatever its dynamic type.
			c.rep.Reportf(arg, catBadKV, "error %s of %s is in a key position (%s); give it a key such as \"err\"",
				types.ExprString(arg), render(c.info, call), badKey(a.Lib))
			return
		case c.isAttr(a.Lib, t):
			i++
		case a.Lib == libs.LogSugar && match.ImplementsError(t):
			i++ // zap's sugared logger (v1.24 on) turns an error into an "error" field
		case types.IsInterface(t) && (t.Underlying().(*types.Interface).Empty() || a.Lib == libs.LogSlog || a.Lib == libs.LogSugar):
			// Any value fits an empty interface; an attribute may fit a
			// non-empty one. A string never fits a non-empty interface.
			return
		default:
			if named, ok := types.Unalias(t).(*types.Named); ok && isString(named.Underlying()) {
				c.rep.Reportf(arg, catBadKV, "key %s of %s has type %s, not string (%s)", types.ExprString(arg), render(c.info, call), types.TypeString(t, types.RelativeTo(c.pass.Pkg)), badKey(a.Lib))
			} else {
				c.rep.Reportf(arg, catBadKV, "%s of %s is in a key position but is not a string (a missing key or value?)", types.ExprString(arg), render(c.info, call))
			}
			return
		}
	}
}

// attrName names the self-contained attribute type of l.
func attrName(l libs.Logger) string {
	if l == libs.LogSugar {
		return "a zap.Field"
	}
	return "an slog.Attr"
}

// isAttr reports whether t is a self-contained attribute of l, which takes
// one argument position instead of two.
func (c *checker) isAttr(l libs.Logger, t types.Type) bool {
	switch l {
	case libs.LogSlog:
		return match.IsNamed(t, libs.SlogPath, "Attr")
	case libs.LogSugar:
		return match.IsNamed(t, zapcorePath, "Field")
	}
	return false
}

// dynamicKey describes how a string key is computed at run time, or returns
// "" when it is a constant or may well be one: parameters, fields,
// package-level variables and calls (keyName(), k.String()) are left alone,
// since their values are usually fixed names; formatting, concatenation,
// strconv and range variables are reported.
func (c *checker) dynamicKey(e ast.Expr) string {
	if how := c.dynamic(e); how != "" {
		return how
	}
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; !ok || tv.Value != nil {
		return ""
	}
	if id, ok := e.(*ast.Ident); ok && c.rangeVars[c.info.Uses[id]] {
		return "range variable " + id.Name
	}
	return ""
}

// noteRange records the variables a range statement declares.
func (c *checker) noteRange(rng *ast.RangeStmt) {
	for _, e := range []ast.Expr{rng.Key, rng.Value} {
		if id, ok := e.(*ast.Ident); ok {
			if obj := c.info.Defs[id]; obj != nil {
				c.rangeVars[obj] = true
			}
		}
	}
}
