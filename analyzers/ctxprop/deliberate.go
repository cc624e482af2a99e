package ctxprop

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// isExplainedDetach reports whether the fresh context made at cur sits in
// a statement that a comment explains as a deliberate detach: a comment
// on the lines directly above the statement, or on the line of the fresh
// context, that speaks of the context (context, ctx, cancel, deadline) and
// gives a reason to leave it (separate, always, even if, still, outlive,
// detach, regardless, otherwise, because, avoid...), and is no TODO:
//
//	// run the rest on a separate context to always send to job controller
//	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
func (c *checker) isExplainedDetach(cur inspector.Cursor) bool {
	var stmt ast.Node
	for s := range cur.Enclosing() {
		if _, ok := s.Node().(ast.Stmt); ok {
			stmt = s.Node()
			break
		}
	}
	var file *ast.File
	for f := range cur.Enclosing((*ast.File)(nil)) {
		file = f.Node().(*ast.File)
	}
	if stmt == nil || file == nil {
		return false
	}
	fset := c.pass.Fset
	stmtLine := fset.Position(stmt.Pos()).Line
	callLine := fset.Position(cur.Node().Pos()).Line
	for _, g := range file.Comments {
		if g.End() < stmt.Pos() {
			if fset.Position(g.End()).Line == stmtLine-1 && explainsDetach(g.Text()) {
				return true
			}
			continue
		}
		if line := fset.Position(g.Pos()).Line; line > callLine {
			break
		} else if line == callLine && explainsDetach(g.Text()) {
			return true
		}
	}
	return false
}

// detachReasons begin the words that give a reason for leaving the
// context in scope; "even" is matched as a whole word.
var detachReasons = []string{
	"detach", "outliv", "surviv", "independen", "separat", "regardless", "always", "still",
	"otherwise", "because", "therefore", "avoid",
}

// detachPhrases are the reasons of more than one word.
var detachPhrases = []string{"so that", "do not want", "don t want", "dont want", "not be cancel", "without cancel", "not tied"}

// explainsDetach reports whether the comment text speaks of the context
// and gives a reason to leave it, and is not a note to fix it.
func explainsDetach(text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
	context, reason := false, false
	for _, w := range words {
		switch {
		case w == "todo" || w == "fixme" || w == "xxx" || w == "hack":
			return false
		case w == "context" || w == "ctx" || strings.HasPrefix(w, "cancel") || strings.HasPrefix(w, "deadline"):
			context = true
		case w == "even":
			reason = true
		}
		for _, r := range detachReasons {
			if strings.HasPrefix(w, r) {
				reason = true
			}
		}
	}
	joined := " " + strings.Join(words, " ") + " "
	for _, p := range detachPhrases {
		if strings.Contains(joined, " "+p) {
			reason = true
		}
	}
	return context && reason
}

// isGoOnly reports whether the unexported function fn, declared in this
// package, is only ever called to run in a goroutine of its own (go
// s.shadowCheck(ctx, req)), apart from calls in test files: it owns its
// lifetime, and a fresh context it makes is its own.
func (c *checker) isGoOnly(fn *types.Func) bool {
	if fn.Exported() || fn.Pkg() != c.pass.Pkg {
		return false
	}
	if c.funcUses == nil {
		c.indexFuncUses()
	}
	uses := c.funcUses[fn]
	called := false
	for _, u := range uses {
		if strings.HasSuffix(c.pass.Fset.Position(u.Node().Pos()).Filename, "_test.go") {
			continue
		}
		if u.ParentEdgeKind() == edge.SelectorExpr_Sel {
			u = u.Parent()
		}
		if u.ParentEdgeKind() != edge.CallExpr_Fun || !runsInGoroutine(u.Parent()) {
			return false
		}
		called = true
	}
	return called
}

// indexFuncUses records where each unexported function of the package is
// mentioned, in one walk of its identifiers.
func (c *checker) indexFuncUses() {
	c.funcUses = make(map[*types.Func][]inspector.Cursor)
	for cur := range c.root.Preorder((*ast.Ident)(nil)) {
		fn, ok := c.info.Uses[cur.Node().(*ast.Ident)].(*types.Func)
		if !ok || fn.Exported() || fn.Pkg() != c.pass.Pkg {
			continue
		}
		fn = fn.Origin()
		c.funcUses[fn] = append(c.funcUses[fn], cur)
	}
}

// runsInGoroutine reports whether the call at cur runs in a goroutine
// started for it: it is a go statement's call, or it is in the body of a
// function literal that a go statement starts (go func() { f() }()). The
// arguments of a go statement's call are not: they are evaluated before.
func runsInGoroutine(call inspector.Cursor) bool {
	if call.ParentEdgeKind() == edge.GoStmt_Call {
		return true
	}
	for p := call.Parent(); p.Node() != nil; p = p.Parent() {
		switch p.Node().(type) {
		case *ast.FuncDecl:
			return false
		case *ast.FuncLit:
			lit := astx.UnparenUp(p)
			if lit.ParentEdgeKind() == edge.CallExpr_Fun && lit.Parent().ParentEdgeKind() == edge.GoStmt_Call {
				return true
			}
		}
	}
	return false
}

// srcDecl returns the function declaration around cur whose parameter is
// the context in scope src, and its object.
func (c *checker) srcDecl(cur inspector.Cursor, src *ctxSource) (*types.Func, bool) {
	decl, ok := astx.EnclosingDecl(cur)
	if !ok || src.param.Pos() < decl.Type.Pos() || src.param.Pos() >= decl.Type.End() {
		return nil, false
	}
	fn, ok := c.info.Defs[decl.Name].(*types.Func)
	return fn, ok
}

// funcValueEscapes reports whether the local variable v, which holds a
// function literal, leaves the function around cur or is called after it
// returns: returned, stored outside, sent, put in a composite literal, or
// called by a go or defer statement. The literal then runs later (a
// cleanup closure returned to the caller), not while its parent runs.
func (c *checker) funcValueEscapes(cur inspector.Cursor, v *types.Var) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	for id := range c.usesIn(fn, v) {
		u := astx.UnparenUp(id)
		if c.leaves(u) {
			return true
		}
		if u.ParentEdgeKind() == edge.CallExpr_Fun {
			switch u.Parent().ParentEdgeKind() {
			case edge.GoStmt_Call, edge.DeferStmt_Call:
				return true
			}
		}
	}
	return false
}
