package httptimeout

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/locals"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// A kind is a type of value that needs a bound, and what bounds it.
type kind struct {
	category string
	bounds   func(*api) []*types.Var // fields that bound the value
	missing  string                  // what the message says is missing
	hazard   string                  // what happens in production without it
	remedy   string
	// stored reports whether a value of type t stored below a site replaces
	// the part of it that needed the bound (retryablehttp's HTTPClient).
	stored func(t types.Type) bool
	dials  bool // reported only when used to dial in the same function
}

var (
	clientKind = kind{
		category: catClient,
		bounds:   func(a *api) []*types.Var { return []*types.Var{a.clientTimeout} },
		missing:  "has no Timeout",
		hazard:   "requests can hang forever",
		remedy:   "set Timeout",
	}
	retryClientKind = kind{
		category: catClient,
		bounds:   func(a *api) []*types.Var { return []*types.Var{a.clientTimeout} },
		missing:  "has no Timeout",
		hazard:   "each attempt can hang forever",
		remedy:   "set HTTPClient.Timeout",
		stored:   func(t types.Type) bool { return match.IsNamedOrPointer(t, httpPath, "Client") },
	}
	serverKind = kind{
		category: catServer,
		bounds:   func(a *api) []*types.Var { return []*types.Var{a.readHeaderTimeout, a.readTimeout} },
		missing:  "has neither ReadHeaderTimeout nor ReadTimeout",
		hazard:   "slow clients can hold connections forever",
		remedy:   "set ReadHeaderTimeout",
	}
	dialerKind = kind{
		category: catDial,
		bounds:   func(a *api) []*types.Var { return []*types.Var{a.dialerTimeout, a.dialerDeadline} },
		missing:  "has neither Timeout nor Deadline",
		hazard:   "a connect can hang for minutes",
		remedy:   "set Timeout",
		dials:    true,
	}
)

// isBound reports whether field is one of k's bounds.
func (k *kind) isBound(a *api, field *types.Var) bool {
	for _, b := range k.bounds(a) {
		if b != nil && b == field {
			return true
		}
	}
	return false
}

// kindOf returns the kind of a value of type t (seen through pointers and
// aliases) and, for a struct that embeds an http.Client, the words that say
// so in a message.
func (c *checker) kindOf(t types.Type) (*kind, string) {
	t = match.Deref(t)
	switch {
	case match.IsNamed(t, httpPath, "Client"):
		return &clientKind, ""
	case match.IsNamed(t, httpPath, "Server"):
		return &serverKind, ""
	case match.IsNamed(t, netPath, "Dialer"):
		return &dialerKind, ""
	}
	if st, ok := t.Underlying().(*types.Struct); ok {
		for f := range st.Fields() {
			if c.isEmbeddedClient(f) {
				return &clientKind, " embeds an http.Client that"
			}
		}
	}
	return nil, ""
}

// isEmbeddedClient reports whether f is an embedded http.Client held by
// value, whose zero value has no timeout.
func (c *checker) isEmbeddedClient(f *types.Var) bool {
	return f.Embedded() && match.IsNamed(f.Type(), httpPath, "Client")
}

// A site is a value made without its bound. Whether it is reported depends
// on what the function does with it next.
type site struct {
	kind   *kind
	at     ast.Node         // reported range
	what   string           // how the message names the value
	zero   bool             // the bound was given explicitly as zero
	target astx.Path        // where the value is stored, if it is stored in a variable
	fn     inspector.Cursor // enclosing function, if any
	expr   ast.Expr         // the expression that made the value (nil for var declarations)
}

// A write is an assignment to a field below a variable: a possible bound
// set after construction.
type write struct {
	base  astx.Path
	field *types.Var
	pos   token.Pos
}

// A dialUse is a place where a net.Dialer dials.
type dialUse struct {
	dialer ast.Expr
	call   *ast.CallExpr
}

// addSite records a value made without its bound, with where it is stored.
func (c *checker) addSite(cur inspector.Cursor, k *kind, made ast.Expr, what string, zero bool) {
	s := &site{kind: k, at: made, what: what, zero: zero, expr: made}
	s.fn, _ = astx.EnclosingFunc(cur)
	s.target = c.storedIn(cur)
	c.sites = append(c.sites, s)
}

// storedIn returns the path of the variable or field that the value made at
// cur is assigned to, or nil if it goes anywhere else (returned, passed,
// used at once).
func (c *checker) storedIn(cur inspector.Cursor) astx.Path {
	cur = astx.UnparenUp(cur)
	if un, ok := cur.Parent().Node().(*ast.UnaryExpr); ok && un.Op == token.AND {
		cur = astx.UnparenUp(cur.Parent())
	}
	switch kind, i := cur.ParentEdge(); kind {
	case edge.AssignStmt_Rhs:
		as := cur.Parent().Node().(*ast.AssignStmt)
		if len(as.Lhs) == len(as.Rhs) {
			return astx.PathOf(c.info, as.Lhs[i])
		}
	case edge.ValueSpec_Values:
		spec := cur.Parent().Node().(*ast.ValueSpec)
		if len(spec.Names) == len(spec.Values) {
			if obj := c.info.Defs[spec.Names[i]]; obj != nil {
				return astx.Path{obj}
			}
		}
	}
	return nil
}

// decideSites applies the flow rule to every site: a value is fine if a
// bound is set on it after it is made and before it is first used.
func (c *checker) decideSites() {
	for _, s := range c.sites {
		if c.configured(s) || c.boundedByRequests(s) {
			continue
		}
		if s.kind.dials {
			if d, ok := c.dialOf(s); ok {
				c.reportSite(s, d)
			}
			continue
		}
		c.reportSite(s, nil)
	}
}

func (c *checker) reportSite(s *site, dial *ast.CallExpr) {
	missing := s.kind.missing
	if s.zero {
		missing = "sets its timeout to zero, which means none"
	}
	d := analysis.Diagnostic{
		Pos:      s.at.Pos(),
		End:      s.at.End(),
		Category: s.kind.category,
		Message:  fmt.Sprintf("%s %s (%s); %s", s.what, missing, s.kind.hazard, s.kind.remedy),
	}
	if dial != nil {
		d.Related = []analysis.RelatedInformation{report.Related(dial, "dials here")}
	}
	c.rep.Report(d)
}

// configured reports whether a write sets a bound of s (or replaces the
// part that needed one) after s is made and before the value is used.
func (c *checker) configured(s *site) bool {
	if s.target == nil {
		return false
	}
	start := s.at.End()
	for _, w := range c.writes {
		if !c.configures(s, w) {
			continue
		}
		if match.IsPackageLevel(s.target.Root()) {
			return true // set anywhere in the package, such as in init
		}
		if w.pos > start && !c.usedBetween(s, start, w.pos) {
			return true
		}
	}
	return false
}

// configures reports whether w sets a bound below s's target, or stores a
// replacement for the part of s that needed one.
func (c *checker) configures(s *site, w write) bool {
	if !w.base.HasPrefix(s.target) {
		return false
	}
	if s.kind.isBound(&c.api, w.field) {
		return true
	}
	return s.kind.stored != nil && s.kind.stored(w.field.Type())
}

// usedBetween reports whether the variable at the root of s's target is used
// (not just configured) between start and end, in s's function.
func (c *checker) usedBetween(s *site, start, end token.Pos) bool {
	if !s.fn.Valid() {
		return false
	}
	root := s.target.Root()
	for cur := range s.fn.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if id.Pos() <= start || id.Pos() >= end || c.info.Uses[id] != root {
			continue
		}
		if !isWriteBase(cur) {
			return true
		}
	}
	return false
}

// isWriteBase reports whether the identifier at cur is the variable at the
// root of an assignment's left-hand side (c in c.Timeout = d).
func isWriteBase(cur inspector.Cursor) bool {
	for {
		switch cur.ParentEdgeKind() {
		case edge.SelectorExpr_X, edge.StarExpr_X, edge.ParenExpr_X:
			cur = cur.Parent()
		case edge.AssignStmt_Lhs:
			return true
		default:
			return false
		}
	}
}

// dialOf returns a call that dials with the dialer made at s: on the value
// itself, or on the variable it is stored in after it is made.
func (c *checker) dialOf(s *site) (*ast.CallExpr, bool) {
	for _, d := range c.dials {
		if s.expr != nil && containsExpr(d.dialer, s.expr) {
			return d.call, true
		}
		if s.target == nil || d.call.Pos() < s.at.End() {
			continue
		}
		if p := astx.PathOf(c.info, d.dialer); p != nil && len(p) == len(s.target) && p.HasPrefix(s.target) {
			return d.call, true
		}
	}
	return nil, false
}

// containsExpr reports whether outer is inner, possibly inside parentheses
// or behind &.
func containsExpr(outer, inner ast.Expr) bool {
	for {
		if outer == inner {
			return true
		}
		switch e := outer.(type) {
		case *ast.ParenExpr:
			outer = e.X
		case *ast.UnaryExpr:
			outer = e.X
		default:
			return false
		}
	}
}

// boundedByRequests reports whether the client made at s only sends
// requests that carry a deadline: it is held by a local variable, and
// every use of the variable after it is made either configures it or is
// a Do whose request was made with a context from context.WithTimeout or
// WithDeadline. Each request then ends at its deadline, Timeout or not.
func (c *checker) boundedByRequests(s *site) bool {
	if s.kind != &clientKind || len(s.target) != 1 {
		return false
	}
	v, ok := s.target.Root().(*types.Var)
	if !ok || !match.IsLocal(v) {
		return false
	}
	dos := 0
	for _, use := range c.locals().Of(v).Uses {
		if use.Node().Pos() < s.at.End() || isWriteBase(use) {
			continue
		}
		if !c.isDoWithDeadline(use) {
			return false
		}
		dos++
	}
	return dos > 0
}

// isDoWithDeadline reports whether the client expression at cur receives
// a Do call whose request carries a deadline (hasDeadline).
func (c *checker) isDoWithDeadline(cur inspector.Cursor) bool {
	if cur.ParentEdgeKind() != edge.SelectorExpr_X {
		return false
	}
	call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
	return ok && call.Fun == cur.Parent().Node() && len(call.Args) == 1 &&
		match.IsMethod(match.Callee(c.info, call), httpPath, "Client", "Do") && c.hasDeadline(call.Args[0], call.Pos())
}

// hasDeadline reports whether the request req, sent at pos, was last made
// (in straight-line code before pos) by http.NewRequestWithContext, or by
// its WithContext or Clone method, with a context that has a deadline.
func (c *checker) hasDeadline(req ast.Expr, pos token.Pos) bool {
	call, ok := c.lastCall(req, pos)
	if !ok || len(call.Args) == 0 {
		return false
	}
	fn := match.Callee(c.info, call)
	if !match.IsFunc(fn, httpPath, "NewRequestWithContext") && !match.IsMethod(fn, httpPath, "Request", "WithContext", "Clone") {
		return false
	}
	return c.ctxHasDeadline(call.Args[0], call.Pos(), 0)
}

// ctxHasDeadline reports whether the context ctx, used at pos, was last
// made by context.WithTimeout or WithDeadline, directly or below values
// and cancellations layered on it.
func (c *checker) ctxHasDeadline(ctx ast.Expr, pos token.Pos, depth int) bool {
	call, ok := c.lastCall(ctx, pos)
	if !ok || depth > 3 || len(call.Args) == 0 {
		return false
	}
	fn := match.Callee(c.info, call)
	switch {
	case match.IsFunc(fn, "context", "WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause"):
		return true
	case match.IsFunc(fn, "context", "WithValue", "WithCancel", "WithCancelCause"):
		return c.ctxHasDeadline(call.Args[0], call.Pos(), depth+1)
	}
	return false
}

// lastCall returns the call whose result the local variable e last got
// before pos, in straight-line code.
func (c *checker) lastCall(e ast.Expr, pos token.Pos) (*ast.CallExpr, bool) {
	v, ok := astx.UsedVar(c.info, e)
	if !ok || !match.IsLocal(v) {
		return nil, false
	}
	a, ok := c.locals().Of(v).LastBefore(pos, nil)
	if !ok {
		return nil, false
	}
	call, ok := ast.Unparen(a.Source()).(*ast.CallExpr)
	return call, ok
}

// locals returns the package's variable index, made on first use.
func (c *checker) locals() *locals.Index {
	if c.vars == nil {
		c.vars = locals.New(c.info, c.root)
	}
	return c.vars
}
