package nplusone

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Operations a round trip performs, which pick the batching advice.
const (
	opRead  = ""      // a read, a delete, or not known: IN / ANY / join advice
	opWrite = "write" // an insert or update: multi-row VALUES / COPY / bulk advice
)

// maxDefHops bounds how many variables are followed to find a statement's
// text.
const maxDefHops = 6

// lastDef returns the value v was last given before pos by an assignment
// that runs whenever the code at pos runs (locals.Var.LastBefore), not
// counting s += "...", after which the text keeps its start. An op= or
// one of a call's results gives an unknown value.
func (c *checker) lastDef(v *types.Var, pos token.Pos) (ast.Expr, bool) {
	if !match.IsLocal(v) {
		return nil, false
	}
	a, ok := c.locals.Of(v).LastBefore(pos, isAppend)
	if !ok || a.Value == nil || (a.Tok != token.ASSIGN && a.Tok != token.DEFINE) {
		return nil, false
	}
	return a.Value, true
}

// isAppend reports whether a appends to a string (s += "...").
func isAppend(a locals.Assign) bool { return a.Tok == token.ADD_ASSIGN }

// sqlText returns the constant text a statement expression starts with:
// a string constant, the left operand of a concatenation, the format of
// fmt.Sprintf, or the last value of a local variable holding one of
// those. It reports false when the start is not known.
func (c *checker) sqlText(e ast.Expr, hops int) (string, bool) {
	e = ast.Unparen(e)
	if s, ok := astx.ConstString(c.info, e); ok {
		return s, true
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op == token.ADD {
			return c.sqlText(e.X, hops)
		}
	case *ast.CallExpr:
		if fn := match.Callee(c.info, e); fn != nil && match.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) > 0 {
			return c.sqlText(e.Args[0], hops)
		}
	case *ast.Ident:
		if v, ok := c.info.Uses[e].(*types.Var); ok && hops < maxDefHops {
			if value, ok := c.lastDef(v, e.Pos()); ok {
				return c.sqlText(value, hops+1)
			}
		}
	}
	return "", false
}

// firstKeyword returns the first word of SQL text, upper-cased, after
// white space and comments (sqlc puts "-- name: X :one" first).
func firstKeyword(s string) string {
	for {
		s = strings.TrimLeft(s, " \t\r\n(")
		switch {
		case strings.HasPrefix(s, "--"):
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				return ""
			}
			s = s[i+1:]
			continue
		case strings.HasPrefix(s, "/*"):
			i := strings.Index(s, "*/")
			if i < 0 {
				return ""
			}
			s = s[i+2:]
			continue
		}
		break
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !isLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return strings.ToUpper(s[:end])
}

func isLetter(r rune) bool { return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_' }

// isDDL reports whether a statement starting with keyword changes the
// schema: one such statement per index, partition or table is not an N+1
// query and cannot be batched into one.
func isDDL(keyword string) bool {
	switch keyword {
	case "CREATE", "DROP", "ALTER":
		return true
	}
	return false
}

// isWrite reports whether a statement starting with keyword inserts or
// updates rows.
func isWrite(keyword string) bool {
	switch keyword {
	case "INSERT", "UPDATE", "UPSERT", "REPLACE", "MERGE":
		return true
	}
	return false
}

// queryParam returns the index of the statement parameter of a round-trip
// API: its first parameter of type string. It reports false if it has none.
func queryParam(fn *types.Func) (int, bool) {
	params := fn.Signature().Params()
	for i := range params.Len() {
		if fn.Signature().Variadic() && i == params.Len()-1 {
			break
		}
		if b, ok := params.At(i).Type().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			return i, true
		}
	}
	return 0, false
}

// stringArgs returns the arguments of call that are strings: for an API,
// its statement; for a helper, whatever may be one.
func (c *checker) stringArgs(call *ast.CallExpr, api *types.Func) []ast.Expr {
	if api != nil {
		if i, ok := queryParam(api); ok && i < len(call.Args) {
			return []ast.Expr{call.Args[i]}
		}
		return nil
	}
	var out []ast.Expr
	for _, a := range call.Args {
		t := c.info.TypeOf(a)
		if t == nil {
			continue
		}
		if _, named := types.Unalias(t).(*types.Named); named {
			continue // an enum value such as ActionCREATE, not a statement
		}
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsString == 0 {
			continue
		}
		if s, ok := astx.ConstString(c.info, a); ok && len(strings.Fields(s)) < 2 {
			continue // one word ("CREATE") is a value, not a statement
		}
		out = append(out, a)
	}
	return out
}

// opOf returns what the round trip of call, a call of api, does, as far as
// its name, receiver or statement tell.
func (c *checker) opOf(call *ast.CallExpr, api *types.Func, lib string) string {
	name := api.Name()
	switch lib {
	case libGorm:
		switch name {
		case "Create", "Save", "Update", "Updates", "UpdateColumn", "UpdateColumns", "FirstOrCreate", "CreateInBatches":
			return opWrite
		}
	case libBun, libEnt:
		if recv := api.Signature().Recv(); recv != nil {
			if n, ok := types.Unalias(match.Deref(recv.Type())).(*types.Named); ok {
				for _, suffix := range []string{"InsertQuery", "UpdateQuery", "Create", "CreateBulk", "Update", "UpdateOne", "UpsertOne", "UpsertBulk"} {
					if strings.HasSuffix(n.Obj().Name(), suffix) {
						return opWrite
					}
				}
			}
		}
	case libPgx:
		if name == "CopyFrom" {
			return opWrite
		}
	}
	return c.opOfArgs(call, api)
}

// opOfArgs returns opWrite if a statement among call's arguments inserts or
// updates.
func (c *checker) opOfArgs(call *ast.CallExpr, api *types.Func) string {
	for _, a := range c.stringArgs(call, api) {
		if s, ok := c.sqlText(a, 0); ok && isWrite(firstKeyword(s)) {
			return opWrite
		}
	}
	return opRead
}

// isSchemaChange reports whether call runs DDL (CREATE, DROP, ALTER), or a
// statement on a table named by the loop's item (UPDATE %s SET ..., with
// the table from the item): one statement per table or index, which no
// IN list can batch.
func (c *checker) isSchemaChange(call *ast.CallExpr, api *types.Func, loop ast.Stmt) bool {
	for _, a := range c.stringArgs(call, api) {
		s, ok := c.sqlText(a, 0)
		if !ok {
			continue
		}
		if isDDL(firstKeyword(s)) {
			return true
		}
		if f, ok := c.sprintf(a, 0); ok && c.namesTableFromLoop(f, loop) {
			return true
		}
	}
	return false
}

// sprintf returns the fmt.Sprintf call that a statement expression is, or
// that the local variable it names last holds.
func (c *checker) sprintf(e ast.Expr, hops int) (*ast.CallExpr, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if fn := match.Callee(c.info, e); fn != nil && match.IsFunc(fn, "fmt", "Sprintf") && len(e.Args) > 0 {
			return e, true
		}
	case *ast.Ident:
		if v, ok := c.info.Uses[e].(*types.Var); ok && hops < maxDefHops {
			if value, ok := c.lastDef(v, e.Pos()); ok {
				return c.sprintf(value, hops+1)
			}
		}
	}
	return nil, false
}

// tableKeywords are the words after which a verb of a format names a table.
var tableKeywords = map[string]bool{"FROM": true, "INTO": true, "UPDATE": true, "TABLE": true, "JOIN": true}

// namesTableFromLoop reports whether a fmt.Sprintf call formats a table name
// (a verb right after FROM, INTO, UPDATE, TABLE or JOIN) from a variable
// declared in the loop: each iteration addresses another table.
func (c *checker) namesTableFromLoop(call *ast.CallExpr, loop ast.Stmt) bool {
	format, ok := c.sqlText(call.Args[0], 0)
	if !ok {
		return false
	}
	if _, isConst := astx.ConstString(c.info, call.Args[0]); !isConst {
		return false // only the start of the format is known
	}
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j < len(format) && (format[j] == '[' || format[j] == '*') {
			return false // explicit argument indexes and star widths: give up
		}
		before := strings.TrimRight(format[:i], " \t\r\n\"`'")
		k := strings.LastIndexFunc(before, func(r rune) bool { return !isLetter(r) })
		if tableKeywords[strings.ToUpper(before[k+1:])] && 1+arg < len(call.Args) && c.declaredIn(call.Args[1+arg], loop) {
			return true
		}
		arg++
		i = j
	}
	return false
}

// declaredIn reports whether e mentions a variable declared inside loop
// (its range variables or a variable of its body).
func (c *checker) declaredIn(e ast.Expr, loop ast.Stmt) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := c.info.Uses[id].(*types.Var); ok && loop.Pos() <= v.Pos() && v.Pos() < loop.End() {
				found = true
			}
		}
		return !found
	})
	return found
}

// isStatementList reports whether the statement an API call runs is taken
// from the loop's item (for _, m := range migrations { tx.Exec(m.SQL) }):
// the loop runs a list of different statements, not one query per item.
func (c *checker) isStatementList(call *ast.CallExpr, api *types.Func, loop ast.Stmt) bool {
	i, ok := queryParam(api)
	if !ok || i >= len(call.Args) {
		return false
	}
	e := ast.Unparen(call.Args[i])
	for hops := 0; ; hops++ {
		id, ok := e.(*ast.Ident)
		if !ok || hops >= maxDefHops {
			break
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok {
			return false
		}
		value, ok := c.lastDef(v, id.Pos())
		if !ok {
			if match.IsLocal(v) && slices.ContainsFunc(c.locals.Of(v).Assigns, func(a locals.Assign) bool { return !isAppend(a) }) {
				return false // assigned in a way not followed: q, args := build(item)
			}
			break // a range variable or a parameter
		}
		e = ast.Unparen(value)
	}
	// The statement is a variable of the loop, or a field of one.
	for {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok {
			break
		}
		if s, ok := c.info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			return false
		}
		e = ast.Unparen(sel.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	return ok && loop.Pos() <= v.Pos() && v.Pos() < loop.End()
}
