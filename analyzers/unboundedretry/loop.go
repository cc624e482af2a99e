package unboundedretry

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"
)

// A retryLoop is a for or range statement under examination, with what
// is known about the variables it assigns.
type retryLoop struct {
	c    *checker
	stmt ast.Stmt         // *ast.ForStmt or *ast.RangeStmt
	cur  inspector.Cursor // the same, in the package's syntax

	// outcome holds the variables that carry the result of a call that
	// returns an error (the operation), or values computed only from
	// such results: conditions built from them alone judge the outcome
	// of an attempt and do not bound the loop.
	outcome map[*types.Var]bool
	// ops maps each outcome error variable to the first call, in source
	// order, whose result it receives.
	ops map[*types.Var]*ast.CallExpr
	// ctxVars holds variables assigned a context's error (ctx.Err()).
	ctxVars map[*types.Var]bool
	// tags maps the case expressions of tagged switches to their tag, and
	// the clauses of type switches to the switched expression.
	tags    map[ast.Expr]ast.Expr
	clauses map[*ast.CaseClause]ast.Expr

	g       *cfg.CFG
	inside  map[*cfg.Block]bool
	repeats map[*cfg.Block]bool // some path goes round L again
	leaves  map[*cfg.Block]bool // some path leaves L
}

// loop reports the retry loop L at cur if nothing bounds it.
func (c *checker) loop(cur inspector.Cursor, stmt ast.Stmt) {
	l := &retryLoop{
		c:       c,
		stmt:    stmt,
		cur:     cur,
		outcome: make(map[*types.Var]bool),
		ops:     make(map[*types.Var]*ast.CallExpr),
		ctxVars: make(map[*types.Var]bool),
		tags:    make(map[ast.Expr]ast.Expr),
		clauses: make(map[*ast.CaseClause]ast.Expr),
	}
	if !l.scan() {
		return // cheap filter: no error result is compared with nil
	}
	l.g = c.cfgOf(cur)
	if l.g == nil {
		return
	}
	l.flow()
	op, retry, bounded, sentinel, fetches := l.gates()
	if !retry || bounded || l.samples() || consumes(op, fetches) {
		return
	}
	waits := l.waits()
	if sentinel && !waits {
		return // a protocol loop: it goes on only for one error value, making progress
	}
	forPos := stmt.Pos()
	rng := report.Span(forPos, forPos+token.Pos(len("for")))
	what := types.ExprString(op.Fun)
	rel := []analysis.RelatedInformation{report.Related(op, "the retried call")}
	if waits {
		c.report(rng, catUnbounded, rel,
			"retry loop around %s has no attempt limit, deadline or context check (retries forever); bound the attempts", what)
	} else {
		c.report(rng, catNoBackoff, rel,
			"retry loop around %s neither stops nor waits between attempts (hot loop); bound it and back off", what)
	}
}

// cfgOf returns the control-flow graph of the function enclosing cur.
func (c *checker) cfgOf(cur inspector.Cursor) *cfg.CFG {
	fc, ok := astx.EnclosingFunc(cur)
	if !ok {
		return nil
	}
	switch f := fc.Node().(type) {
	case *ast.FuncDecl:
		return c.cfgs.FuncDecl(f)
	case *ast.FuncLit:
		return c.cfgs.FuncLit(f)
	}
	return nil
}

// within reports whether n lies inside the loop statement.
func (l *retryLoop) within(n ast.Node) bool {
	return n.Pos() >= l.stmt.Pos() && n.Pos() < l.stmt.End()
}

// scan records the loop's outcome variables and switch tags, and reports
// whether an outcome error is compared with nil somewhere in the loop.
func (l *retryLoop) scan() bool {
	info := l.c.info
	var assigns []*ast.AssignStmt
	var asTargets []*ast.CallExpr // errors.As(err, &target)
	nilCompare := false
	l.cur.Inspect(nil, func(cur inspector.Cursor) bool {
		n := cur.Node()
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // another function's flow
		case *ast.AssignStmt:
			assigns = append(assigns, n)
			l.assignResults(n.Lhs, n.Rhs)
		case *ast.CallExpr:
			if isFunc(match.Callee(info, n), "errors", "As") && len(n.Args) == 2 {
				asTargets = append(asTargets, n)
			}
		case *ast.ValueSpec:
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			l.assignResults(lhs, n.Values)
		case *ast.BinaryExpr:
			if (n.Op == token.EQL || n.Op == token.NEQ) && (isNil(info, n.X) || isNil(info, n.Y)) {
				nilCompare = true
			}
		case *ast.SwitchStmt:
			if n.Tag != nil {
				for _, cl := range n.Body.List {
					for _, e := range cl.(*ast.CaseClause).List {
						l.tags[e] = n.Tag
						if isNil(info, e) {
							nilCompare = true
						}
					}
				}
			}
		case *ast.TypeSwitchStmt:
			var x ast.Expr
			switch a := n.Assign.(type) {
			case *ast.AssignStmt:
				x = a.Rhs[0].(*ast.TypeAssertExpr).X
			case *ast.ExprStmt:
				x = a.X.(*ast.TypeAssertExpr).X
			}
			for _, cl := range n.Body.List {
				l.clauses[cl.(*ast.CaseClause)] = x
			}
		}
		return true
	})
	if !nilCompare || len(l.ops) == 0 && !l.comparesCall() {
		return false
	}
	// Propagate: values computed only from outcomes are outcomes.
	for changed := true; changed; {
		changed = false
		for _, call := range asTargets {
			u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				continue
			}
			if v := l.varOf(u.X); v != nil && !l.outcome[v] {
				if mentions, other := l.classify(call.Args[0]); mentions && !other {
					l.outcome[v] = true
					changed = true
				}
			}
		}
		for _, as := range assigns {
			for i, lhs := range as.Lhs {
				v := l.varOf(lhs)
				if v == nil || l.outcome[v] || l.ctxVars[v] {
					continue
				}
				var rhs ast.Expr
				switch {
				case len(as.Rhs) == len(as.Lhs):
					rhs = as.Rhs[i]
				case len(as.Rhs) == 1:
					rhs = as.Rhs[0]
				default:
					continue
				}
				if mentions, other := l.classify(rhs); mentions && !other {
					l.outcome[v] = true
					changed = true
				}
			}
		}
	}
	return true
}

// comparesCall reports whether the loop compares a call's error result
// with nil directly (if op() == nil).
func (l *retryLoop) comparesCall() bool {
	found := false
	l.cur.Inspect(nil, func(cur inspector.Cursor) bool {
		n := cur.Node()
		if _, ok := n.(*ast.FuncLit); ok || found {
			return false
		}
		if b, ok := n.(*ast.BinaryExpr); ok && (b.Op == token.EQL || b.Op == token.NEQ) {
			for _, e := range []ast.Expr{b.X, b.Y} {
				if l.isOpCall(e) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// assignResults marks the variables assigned the results of a call that
// returns an error.
func (l *retryLoop) assignResults(lhs, rhs []ast.Expr) {
	info := l.c.info
	mark := func(lhs []ast.Expr, call *ast.CallExpr) {
		if isContextErr(info, call) {
			for _, e := range lhs {
				if v := l.varOf(e); v != nil {
					l.ctxVars[v] = true
				}
			}
			return
		}
		if !returnsError(info, call) || isErrorsHelper(info, call) {
			return // not an operation; wrapped errors propagate below
		}
		for _, e := range lhs {
			v := l.varOf(e)
			if v == nil {
				continue
			}
			l.outcome[v] = true
			if match.IsErrorResult(v.Type()) {
				if _, ok := l.ops[v]; !ok {
					l.ops[v] = call
				}
			}
		}
	}
	switch {
	case len(rhs) == 1 && len(lhs) > 1:
		if call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr); ok {
			mark(lhs, call)
		}
	case len(rhs) == len(lhs):
		for i := range rhs {
			if call, ok := ast.Unparen(rhs[i]).(*ast.CallExpr); ok {
				mark(lhs[i:i+1], call)
			}
		}
	}
}

// returnsError reports whether call's last result is an error.
func returnsError(info *types.Info, call *ast.CallExpr) bool {
	switch t := info.TypeOf(call).(type) {
	case *types.Tuple:
		return t.Len() > 0 && match.IsErrorResult(t.At(t.Len()-1).Type())
	case nil:
		return false
	default:
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return false // a conversion
		}
		return match.IsErrorResult(t)
	}
}

// isOpCall reports whether e is a call whose result is an error, other
// than a context's: an operation checked in place.
func (l *retryLoop) isOpCall(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && returnsError(l.c.info, call) && !isContextErr(l.c.info, call) && !isErrorsHelper(l.c.info, call)
}

// isErrorsHelper reports whether call is errors.Unwrap/Join and the like,
// which compute an error rather than attempt anything.
func isErrorsHelper(info *types.Info, call *ast.CallExpr) bool {
	fn := match.Callee(info, call)
	return fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == "errors" || fn.Pkg().Path() == "fmt")
}

// varOf returns the local variable e names, if any.
func (l *retryLoop) varOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	v, _ := l.c.info.ObjectOf(id).(*types.Var)
	if !match.IsLocal(v) {
		return nil
	}
	return v
}

func isNil(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// flow computes, for each block of the loop, whether some path from it
// goes round the loop again (reaches its head) and whether some path
// leaves it (reaches a block outside it, a return, or a call that does
// not return), in each case before the head.
func (l *retryLoop) flow() {
	l.inside = make(map[*cfg.Block]bool)
	l.repeats = make(map[*cfg.Block]bool)
	l.leaves = make(map[*cfg.Block]bool)
	var blocks []*cfg.Block
	for _, b := range l.g.Blocks {
		if l.isInside(b) {
			l.inside[b] = true
			blocks = append(blocks, b)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, b := range blocks {
			rep, lv := l.repeats[b], l.leaves[b]
			if len(b.Succs) == 0 && isExit(b) {
				lv = true
			}
			for _, s := range b.Succs {
				switch {
				case l.isHead(s):
					rep = true
				case !l.inside[s]:
					lv = true
				default:
					rep = rep || l.repeats[s]
					lv = lv || l.leaves[s]
				}
			}
			if rep != l.repeats[b] || lv != l.leaves[b] {
				l.repeats[b], l.leaves[b] = rep, lv
				changed = true
			}
		}
	}
}

// isInside reports whether block b belongs to the loop.
func (l *retryLoop) isInside(b *cfg.Block) bool {
	if b.Stmt == l.stmt {
		return b.Kind != cfg.KindForDone && b.Kind != cfg.KindRangeDone
	}
	if len(b.Nodes) > 0 {
		return l.within(b.Nodes[0])
	}
	if b.Stmt != nil {
		return l.within(b.Stmt)
	}
	return false
}

// isHead reports whether b starts an iteration of the loop.
func (l *retryLoop) isHead(b *cfg.Block) bool {
	if b.Stmt != l.stmt {
		return false
	}
	switch b.Kind {
	case cfg.KindForBody, cfg.KindForLoop, cfg.KindForPost, cfg.KindRangeLoop, cfg.KindRangeBody:
		return true
	}
	return false
}

// isExit reports whether a block without successors ends by leaving the
// function: a return, or a call that never returns (panic, os.Exit,
// log.Fatal). Other such blocks are dead ends (the fall-through of a
// select without a default).
func isExit(b *cfg.Block) bool {
	if len(b.Nodes) == 0 {
		return false
	}
	switch n := b.Nodes[len(b.Nodes)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		_, ok := n.X.(*ast.CallExpr)
		return ok
	}
	return false
}

// mustLeave reports whether every path from b leaves the loop.
func (l *retryLoop) mustLeave(b *cfg.Block) bool {
	if l.isHead(b) {
		return false
	}
	if !l.inside[b] {
		return true
	}
	return l.leaves[b] && !l.repeats[b] || len(b.Succs) == 0 && isExit(b)
}

// canRepeat reports whether some path from b goes round the loop again.
func (l *retryLoop) canRepeat(b *cfg.Block) bool {
	return l.isHead(b) || l.inside[b] && l.repeats[b]
}

// gates examines each decision in the loop that commits to leaving it
// while the alternative goes round again. It reports the retried call
// and whether the loop is a retry loop (some such decision leaves when
// the operation's error is nil) and whether it is bounded (some such
// decision rests on something other than the operation's outcome: a
// counter, a clock, a context, a channel, a flag).
//
// It also reports whether some decision leaves on every error but one
// value (if err != ErrBufferFull { return err }): the loop goes on only
// for that value.
//
// fetches are the calls any failure of which leaves the loop (if err !=
// nil { return err }): see consumes.
func (l *retryLoop) gates() (op *ast.CallExpr, retry, bounded, sentinel bool, fetches []*ast.CallExpr) {
	for _, b := range l.g.Blocks {
		if !l.inside[b] || !b.Live || len(b.Succs) != 2 {
			continue
		}
		for side := range 2 {
			s, alt := b.Succs[side], b.Succs[1-side]
			if !l.mustLeave(s) {
				continue
			}
			if s.Kind == cfg.KindSelectCaseBody {
				// A case of a select that leaves: what is received decides.
				if cc, ok := s.Stmt.(*ast.CommClause); ok && l.within(cc) {
					if mentions, other := l.classifyStmt(cc.Comm); other || !mentions {
						bounded = true
					}
				}
				continue
			}
			if b.Kind == cfg.KindSelectAfterCase || s.Kind == cfg.KindSelectAfterCase || !l.canRepeat(alt) {
				continue // the other cases are examined on their own
			}
			cond, positive, ok := l.condOf(b, s, side)
			if !ok {
				bounded = true // a decision we cannot read
				continue
			}
			if cond == nil {
				continue // a neutral decision (a ticker)
			}
			if l.isInterrupt(cond) {
				return nil, false, false, false, nil // EINTR retry: the kernel bounds it
			}
			if f := l.failureOf(cond, positive); f != nil {
				fetches = append(fetches, f)
			}
			if l.isSentinelOnly(cond, positive) {
				sentinel = true
			}
			if e := l.successOf(cond, positive); e != nil && op == nil {
				op, retry = e, true
			}
			if mentions, other := l.classify(cond); other || !mentions {
				bounded = true
			}
		}
	}
	return op, retry, bounded, sentinel, fetches
}

// consumes reports whether a loop that goes round when op fails is a
// consumer, not a retry: a call at or before op, whose every failure
// leaves the loop, fetches what each turn works on. An accept loop that
// drops a bad connection, a stream's Recv loop that skips a message it
// cannot parse, an iterator that skips filtered items and a
// compare-and-swap that reads the version again all go round on fresh
// input, and end when the source fails. (A loop that retries an
// operation on a connection it takes anew each turn looks the same and
// is not reported either.)
func consumes(op *ast.CallExpr, fetches []*ast.CallExpr) bool {
	for _, f := range fetches {
		if f.Pos() <= op.Pos() {
			return true
		}
	}
	return false
}

// failureOf returns the operation whose every failure the condition e,
// with the given polarity, stands for: err != nil, not a subset of errors
// (err != nil && !retryable(err) is a permanent error, which retry loops
// leave on).
func (l *retryLoop) failureOf(e ast.Expr, positive bool) *ast.CallExpr {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return l.failureOf(e.X, !positive)
		}
	case *ast.BinaryExpr:
		if e.Op != token.EQL && e.Op != token.NEQ || (e.Op == token.NEQ) != positive {
			return nil
		}
		x := e.X
		if isNil(l.c.info, x) {
			x = e.Y
		} else if !isNil(l.c.info, e.Y) {
			return nil
		}
		if l.isOpCall(x) {
			return ast.Unparen(x).(*ast.CallExpr)
		}
		if v := l.varOf(x); v != nil && match.IsErrorResult(v.Type()) {
			return l.ops[v]
		}
	}
	return nil
}

// isSentinelOnly reports whether the condition, with the given polarity,
// holds for every error but one non-nil value: err != X.
func (l *retryLoop) isSentinelOnly(e ast.Expr, positive bool) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return l.isSentinelOnly(e.X, !positive)
		}
	case *ast.BinaryExpr:
		if (e.Op == token.NEQ) != positive || e.Op != token.NEQ && e.Op != token.EQL {
			return false
		}
		if isNil(l.c.info, e.X) || isNil(l.c.info, e.Y) {
			return false
		}
		for _, x := range []ast.Expr{e.X, e.Y} {
			if v := l.varOf(x); v != nil && l.outcome[v] && match.IsErrorResult(v.Type()) {
				return true
			}
		}
	}
	return false
}

// samples reports whether the loop draws random candidates until one is
// valid (rejection sampling): it calls crypto/rand or reads from an
// io.Reader named rand, as crypto APIs name their source of randomness.
// Such a loop ends with overwhelming probability. (math/rand is not a
// sign: retry loops use it for jitter.)
func (l *retryLoop) samples() bool {
	info := l.c.info
	found := false
	l.cur.Inspect(nil, func(cur inspector.Cursor) bool {
		n := cur.Node()
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			if fn := match.Callee(info, n); fn != nil && fn.Pkg() != nil {
				switch path := fn.Pkg().Path(); {
				case path == "crypto/rand", strings.HasSuffix(path, "/drbg"):
					found = true
				}
			}
		case *ast.Ident:
			if n.Name == "rand" || n.Name == "random" {
				if v, ok := info.Uses[n].(*types.Var); ok && match.IsNamed(v.Type(), "io", "Reader") {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// condOf returns the condition decided at block b for the successor s on
// the given side (0: true), and whether s is taken when it holds. A nil
// condition with ok means the decision never leaves by itself.
func (l *retryLoop) condOf(b, s *cfg.Block, side int) (cond ast.Expr, positive, ok bool) {
	if b.Kind == cfg.KindRangeLoop {
		if b.Stmt != l.stmt {
			return nil, false, false // a nested range: finite or fed
		}
		if l.isTickerRange() {
			return nil, false, true
		}
		return nil, false, false
	}
	if s.Kind == cfg.KindSwitchCaseBody || b.Kind == cfg.KindSwitchNextCase {
		if cc, isCase := s.Stmt.(*ast.CaseClause); isCase {
			if x, ok := l.clauses[cc]; ok {
				return x, true, true // a type switch on x
			}
		}
	}
	if len(b.Nodes) == 0 {
		return nil, false, false
	}
	e, isExpr := b.Nodes[len(b.Nodes)-1].(ast.Expr)
	if !isExpr {
		return nil, false, false
	}
	if tag, ok := l.tags[e]; ok {
		e = &ast.BinaryExpr{X: tag, Op: token.EQL, Y: e, OpPos: e.Pos()}
	}
	return e, side == 0, true
}

// isTickerRange reports whether the loop ranges over a ticker's channel,
// which never closes.
func (l *retryLoop) isTickerRange() bool {
	rs, ok := l.stmt.(*ast.RangeStmt)
	return ok && l.isTickerChan(rs.X)
}

// isTickerChan reports whether e is t.C for a *time.Ticker t, or a call to
// time.Tick.
func (l *retryLoop) isTickerChan(e ast.Expr) bool {
	info := l.c.info
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if s, ok := info.Selections[e]; ok && s.Kind() == types.FieldVal && e.Sel.Name == "C" {
			return match.IsNamedOrPointer(s.Recv(), "time", "Ticker")
		}
	case *ast.CallExpr:
		return isFunc(match.Callee(info, e), "time", "Tick")
	}
	return false
}

// successOf returns the retried call when the condition, taken with the
// given polarity, can hold because an operation's error is nil.
func (l *retryLoop) successOf(e ast.Expr, positive bool) *ast.CallExpr {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return l.successOf(e.X, !positive)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND, token.LOR:
			if op := l.successOf(e.X, positive); op != nil {
				return op
			}
			return l.successOf(e.Y, positive)
		case token.EQL, token.NEQ:
			x := e.X
			if isNil(l.c.info, x) {
				x = e.Y
			} else if !isNil(l.c.info, e.Y) {
				return nil
			}
			if (e.Op == token.EQL) != positive {
				return nil
			}
			if l.isOpCall(x) {
				return ast.Unparen(x).(*ast.CallExpr)
			}
			if v := l.varOf(x); v != nil {
				return l.ops[v]
			}
		}
	}
	return nil
}

// isInterrupt reports whether e mentions EINTR: a loop that retries a
// system call interrupted by a signal is correct and bounded.
func (l *retryLoop) isInterrupt(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "EINTR" {
			if k, ok := l.c.info.Uses[id].(*types.Const); ok && isErrno(k.Type()) {
				found = true
			}
		}
		return !found
	})
	return found
}

func isErrno(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Errno"
}

// classifyStmt classifies the communication of a select case.
func (l *retryLoop) classifyStmt(s ast.Stmt) (mentions, other bool) {
	switch s := s.(type) {
	case *ast.ExprStmt:
		return l.classify(s.X)
	case *ast.AssignStmt:
		return l.classify(s.Rhs[0])
	case *ast.SendStmt:
		return false, true
	}
	return false, true
}

// classify reports whether e mentions the outcome of an attempt (an
// outcome variable or an operation called in place), and whether it
// mentions anything else that could bound the loop: another variable, a
// context's error, a channel receive, a call that takes no outcome.
func (l *retryLoop) classify(e ast.Expr) (mentions, other bool) {
	info := l.c.info
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			other = true
			return false
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				other = true // a channel decides
				return false
			}
		case *ast.SelectorExpr:
			if id, ok := n.X.(*ast.Ident); ok {
				if _, isPkg := info.Uses[id].(*types.PkgName); isPkg {
					l.classifyObj(info.Uses[n.Sel], &mentions, &other)
					return false
				}
			}
			// A field or method of a value: the value decides.
			m, o := l.classify(n.X)
			mentions, other = mentions || m, other || o
			return false
		case *ast.CallExpr:
			if isContextErr(info, n) {
				other = true
				return false
			}
			if l.isOpCall(n) {
				mentions = true
				return false
			}
			if fn := match.Callee(info, n); isFunc(fn, "errors", "Is", "As") && len(n.Args) == 2 {
				m, o := l.classify(n.Args[0])
				mentions, other = mentions || m, other || o
				if isContextSentinel(info, n.Args[1]) {
					other = true
				}
				return false
			}
		case *ast.Ident:
			l.classifyObj(info.Uses[n], &mentions, &other)
		}
		return true
	})
	return mentions, other
}

func (l *retryLoop) classifyObj(obj types.Object, mentions, other *bool) {
	switch obj := obj.(type) {
	case *types.Var:
		switch {
		case l.ctxVars[obj]:
			*other = true
		case l.outcome[obj]:
			*mentions = true
		case match.IsPackageLevel(obj) && match.IsErrorResult(obj.Type()):
			// a sentinel error
			if match.IsVar(obj, "context", "Canceled") || match.IsVar(obj, "context", "DeadlineExceeded") {
				*other = true
			}
		default:
			*other = true
		}
	}
}

// isContextSentinel reports whether e is context.Canceled or
// context.DeadlineExceeded.
func isContextSentinel(info *types.Info, e ast.Expr) bool {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	default:
		return false
	}
	obj := info.Uses[id]
	return match.IsVar(obj, "context", "Canceled") || match.IsVar(obj, "context", "DeadlineExceeded")
}

// waits reports whether the loop waits between attempts: it sleeps,
// blocks on a channel or a select, or calls something that says it waits
// (Sleep, Wait, Backoff, Delay, Pause) or a function of this package that
// sleeps or blocks.
func (l *retryLoop) waits() bool {
	if l.isTickerRange() {
		return true
	}
	if rs, ok := l.stmt.(*ast.RangeStmt); ok {
		// TypeOf is nil for an operand with type errors.
		if t := l.c.info.TypeOf(rs.X); t != nil {
			if _, isChan := t.Underlying().(*types.Chan); isChan {
				return true
			}
		}
	}
	var body *ast.BlockStmt
	switch s := l.stmt.(type) {
	case *ast.ForStmt:
		body = s.Body
	case *ast.RangeStmt:
		body = s.Body
	}
	return l.c.blocks(body, 1)
}

// blocks reports whether body sleeps or blocks; depth bounds how far
// calls to the package's own functions are followed.
func (c *checker) blocks(body ast.Node, depth int) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.SelectStmt:
			for _, cl := range n.Body.List {
				if cl.(*ast.CommClause).Comm == nil {
					// A select with a default does not block; its cases'
					// bodies may.
					for _, cl := range n.Body.List {
						for _, s := range cl.(*ast.CommClause).Body {
							if c.blocks(s, depth) {
								found = true
							}
						}
					}
					return false
				}
			}
			found = true
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				found = true
			}
		case *ast.RangeStmt:
			if t := c.info.TypeOf(n.X); t != nil {
				if _, ok := t.Underlying().(*types.Chan); ok {
					found = true
				}
			}
		case *ast.CallExpr:
			fn := match.Callee(c.info, n)
			if fn == nil {
				return true
			}
			if isFunc(fn, "time", "Sleep") || saysItWaits(fn.Name()) {
				found = true
				return false
			}
			if depth > 0 {
				if d := c.funcDecl(fn); d != nil && c.blocks(d.Body, depth-1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// saysItWaits reports whether a function's name says that it waits.
func saysItWaits(name string) bool {
	name = strings.ToLower(name)
	for _, w := range []string{"sleep", "wait", "backoff", "delay", "pause"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}
