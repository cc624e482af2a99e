package unstructuredlog

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

// This file holds the rules that tell a formatted message worth fixing
// (an error or an ID that only the message carries, on a line searched
// during an outage) from one that is style: the triage corpus found the
// latter on debug lines, startup and shutdown lines, and lines that
// already carry the line's data as fields.

// level is the severity a logging call logs at, as far as the code shows.
type level int

const (
	levelUnknown level = iota // a level chosen at run time, or a level-less Print
	levelDebug                // Debug, Trace, klog.V(n) and logr.V(n) with n > 0
	levelInfo
	levelWarn // Warn and above
)

// levelOf returns the level the call at s logs at. A call inside the body
// of if l.Enabled(ctx, slog.LevelDebug) logs at debug level whatever the
// call says.
func (c *checker) levelOf(s site, a libs.LogAPI) level {
	if c.underDebugGuard(s.cur) {
		return levelDebug
	}
	call := s.call
	switch a.Lib {
	case libs.LogSlog:
		switch name := s.callee.Name(); name {
		case "Log", "LogAttrs":
			if a.Msg >= 1 && a.Msg-1 < len(call.Args) {
				return c.slogLevel(call.Args[a.Msg-1])
			}
			return levelUnknown
		default:
			return levelOfName(name)
		}
	case libs.LogZap:
		if s.callee.Name() == "Log" {
			return c.zapLevel(call.Args[0])
		}
		return levelOfName(s.callee.Name())
	case libs.LogSugar, libs.LogLogrus:
		return levelOfName(s.callee.Name())
	case libs.LogKlog:
		if c.verbose(call, libs.KlogPath) {
			return levelDebug
		}
		return levelOfName(s.callee.Name())
	case libs.LogLogr:
		if c.verbose(call, libs.LogrPath) {
			return levelDebug
		}
		return levelOfName(s.callee.Name())
	case libs.LogZerolog:
		if origin := c.zerologOrigin(call); origin != nil {
			if fn := match.Callee(c.info, origin); fn != nil {
				return levelOfName(fn.Name())
			}
		}
	}
	return levelUnknown
}

// levelOfName returns the level a leveled method's name says (Debugf,
// InfoContext, Warnw, Errorln), or levelUnknown for Print and Log.
func levelOfName(name string) level {
	for _, p := range []struct {
		prefix string
		lv     level
	}{
		{"Debug", levelDebug}, {"Trace", levelDebug},
		{"Info", levelInfo},
		{"Warn", levelWarn}, {"Error", levelWarn}, {"Err", levelWarn}, {"DPanic", levelWarn},
		{"Panic", levelWarn}, {"Fatal", levelWarn}, {"Exit", levelWarn},
	} {
		if len(name) >= len(p.prefix) && name[:len(p.prefix)] == p.prefix {
			return p.lv
		}
	}
	return levelUnknown
}

// slogLevel returns the level of a constant slog.Level argument.
func (c *checker) slogLevel(e ast.Expr) level {
	n, ok := c.constLevel(e)
	switch {
	case !ok:
		return levelUnknown
	case n <= -4: // slog.LevelDebug
		return levelDebug
	case n < 4: // slog.LevelWarn
		return levelInfo
	}
	return levelWarn
}

// zapLevel returns the level of a constant zapcore.Level argument.
func (c *checker) zapLevel(e ast.Expr) level {
	n, ok := c.constLevel(e)
	switch {
	case !ok:
		return levelUnknown
	case n < 0: // zapcore.DebugLevel
		return levelDebug
	case n == 0:
		return levelInfo
	}
	return levelWarn
}

// constLevel returns the value of a constant integer level, seeing
// through a conversion such as zapcore.Level(0).
func (c *checker) constLevel(e ast.Expr) (int64, bool) {
	tv, ok := c.info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// verbose reports whether call's receiver is V(n) of the package at path
// (klog.V(2).Infof, logger.V(1).Info) with a constant n > 0.
func (c *checker) verbose(call *ast.CallExpr, path string) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(v.Args) != 1 {
		return false
	}
	fn := match.Callee(c.info, v)
	if fn == nil || fn.Name() != "V" || fn.Pkg() == nil || fn.Pkg().Path() != path {
		return false
	}
	n, ok := c.constLevel(v.Args[0])
	return ok && n > 0
}

// underDebugGuard reports whether cur is in the body of an if whose
// condition asks a logger whether debug level is enabled:
// l.Enabled(ctx, slog.LevelDebug), or zap's Core().Enabled(DebugLevel).
func (c *checker) underDebugGuard(cur inspector.Cursor) bool {
	from := edge.Invalid
	for p := cur; p.ParentEdgeKind() != edge.Invalid; from, p = p.ParentEdgeKind(), p.Parent() {
		switch n := p.Node().(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		case *ast.IfStmt:
			if from != edge.IfStmt_Body {
				continue
			}
			call, ok := ast.Unparen(n.Cond).(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				continue
			}
			fn := match.Callee(c.info, call)
			if fn == nil || fn.Name() != "Enabled" || fn.Pkg() == nil {
				continue
			}
			lv := call.Args[len(call.Args)-1]
			switch fn.Pkg().Path() {
			case libs.SlogPath:
				if c.slogLevel(lv) == levelDebug {
					return true
				}
			case libs.ZapPath, libs.ZapPath + "/zapcore":
				if c.zapLevel(lv) == levelDebug {
					return true
				}
			}
		}
	}
	return false
}

// zerologOrigin returns the call that starts the zerolog event that the
// chain ending in call logs (log.Info() in log.Info().Str(...).Msgf(...)),
// or nil if the event comes from a variable.
func (c *checker) zerologOrigin(call *ast.CallExpr) *ast.CallExpr {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		recv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return nil
		}
		t := c.info.TypeOf(recv)
		if t == nil || !match.IsNamedOrPointer(t, libs.ZerologPath, "Event") {
			return nil
		}
		fn := match.Callee(c.info, recv)
		if fn == nil {
			return nil
		}
		if r := fn.Signature().Recv(); r == nil || !match.IsNamedOrPointer(r.Type(), libs.ZerologPath, "Event") {
			return recv // log.Info(), logger.Error(), l.WithLevel(lv)
		}
		call = recv
	}
}

// fields describes the fields a logging call attaches to its line: any at
// all, and one holding an error.
type fields struct {
	any, err bool
}

// fieldsOf returns the fields the call at s attaches: its key-value or
// field arguments, and the fields added earlier in the same chain
// (log.Error().Err(err).Str("q", q).Msgf, logrus.WithError(err).Errorf,
// l.With("k", v).Info). Fields of a logger held in a variable are not
// seen.
func (c *checker) fieldsOf(s site, a libs.LogAPI) fields {
	var f fields
	if a.Shape == libs.ShapeKV {
		start := a.KV
		if a.Lib == libs.LogZap || (a.Lib == libs.LogSlog && s.callee.Name() == "LogAttrs") {
			start = a.Msg + 1 // typed fields after the message
		}
		if start >= 0 && start < len(s.call.Args) {
			f.add(c, s.call.Args[start:])
		}
	}
	for call := s.call; ; {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return f
		}
		recv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok {
			return f
		}
		if fn := match.Callee(c.info, recv); fn != nil && (c.isFieldMethod(fn) || startsWithError(fn)) {
			f.add(c, recv.Args)
		}
		call = recv
	}
}

// startsWithError reports whether fn starts a zerolog event that already
// holds an error field: l.Err(err) and log.Err(err) (Error level when err
// is not nil).
func startsWithError(fn *types.Func) bool {
	return match.IsMethod(fn, libs.ZerologPath, "Logger", "Err") || match.IsFunc(fn, libs.ZerologLogPath, "Err")
}

// isFieldMethod reports whether fn attaches fields: logrus's WithField,
// WithFields and WithError, zerolog's field methods, and With of slog and
// zap.
func (c *checker) isFieldMethod(fn *types.Func) bool {
	if isFieldCall(fn) {
		return true
	}
	if fn.Name() != "With" || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case libs.SlogPath, libs.ZapPath:
		return true
	}
	return false
}

// add records the fields args attach; one holds an error when an
// expression of error type appears in it (zap.Error(err), "err", err,
// .Err(err), logging.Error(err)).
func (f *fields) add(c *checker, args []ast.Expr) {
	if len(args) == 0 {
		return
	}
	f.any = true
	for _, a := range args {
		if c.mentionsError(a) {
			f.err = true
		}
	}
}

// mentionsError reports whether an expression of error type, or a call of
// an error's Error method, appears in e.
func (c *checker) mentionsError(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		x, ok := n.(ast.Expr)
		if !ok {
			return true
		}
		if t := c.info.TypeOf(x); t != nil && !isNil(t) && match.ImplementsError(t) {
			found = true
		}
		return !found
	})
	return found
}

// isNil reports whether t is the type of the untyped nil.
func isNil(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// isStyleOnly reports whether the formatted message of the logging call
// at s is style rather than a hazard (see the doc's list): it logs at
// debug level; it already carries fields, unless it formats an error
// that no field holds; it logs at info level and formats no error; or it
// runs once per process, in an init function or a function that handles
// OS signals. operands are the formatted values (the printf operands, or
// the message expression).
func (c *checker) isStyleOnly(s site, a libs.LogAPI, operands []ast.Expr) bool {
	if c.cfg.PerLine {
		return false
	}
	if c.inInit(s.cur) || c.inSignalHandler(s.cur) {
		return true
	}
	return isStyle(c.levelOf(s, a), c.fieldsOf(s, a), c.formatsError(operands))
}

// isStyle reports whether a formatted message logged at lv with fields f
// is style: a debug line, a line whose fields hold its data (unless it
// formats an error and no field holds one), or an info line that formats
// no error.
func isStyle(lv level, f fields, formatsErr bool) bool {
	switch {
	case lv == levelDebug:
		return true
	case f.any && (f.err || !formatsErr):
		return true
	}
	return lv == levelInfo && !formatsErr
}

// formatsError reports whether one of operands formats an error.
func (c *checker) formatsError(operands []ast.Expr) bool {
	for _, op := range operands {
		if c.mentionsError(op) {
			return true
		}
	}
	return false
}

// inInit reports whether cur is in a package's init function, which runs
// once, before the service serves anything.
func (c *checker) inInit(cur inspector.Cursor) bool {
	fd, ok := astx.EnclosingDecl(cur)
	return ok && fd.Recv == nil && fd.Name.Name == "init"
}

// inSignalHandler reports whether cur is in a function (or a closure in
// one) that calls signal.Notify or signal.NotifyContext: its lines report
// a shutdown or a reload, a few times in a process's life.
func (c *checker) inSignalHandler(cur inspector.Cursor) bool {
	fd, ok := astx.EnclosingDecl(cur)
	return ok && c.signalFuncs[fd]
}

// noteSignal marks the function declaration around a call of
// signal.Notify or signal.NotifyContext.
func (c *checker) noteSignal(cur inspector.Cursor, fn *types.Func) {
	if !match.IsFunc(fn, "os/signal", "Notify", "NotifyContext") {
		return
	}
	if fd, ok := astx.EnclosingDecl(cur); ok {
		c.signalFuncs[fd] = true
	}
}

// isCrashReport reports whether cur is in the body of an if whose init or
// condition calls the builtin recover: the report of a recovered panic,
// which should never happen and is written for a human, often with the
// stack.
func (c *checker) isCrashReport(cur inspector.Cursor) bool {
	from := edge.Invalid
	for p := cur; p.ParentEdgeKind() != edge.Invalid; from, p = p.ParentEdgeKind(), p.Parent() {
		ifs, ok := p.Node().(*ast.IfStmt)
		if !ok || from != edge.IfStmt_Body {
			continue
		}
		if c.callsRecover(ifs.Init) || c.callsRecover(ifs.Cond) {
			return true
		}
	}
	return false
}

// callsRecover reports whether n contains a call of the builtin recover.
func (c *checker) callsRecover(n ast.Node) bool {
	if n == nil {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := c.info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// importsHTTPTest reports whether the file around cur imports
// net/http/httptest: a test helper kept in a production package (a test
// server, a test client), whose fatal lines are a test's setup failure.
func importsHTTPTest(cur inspector.Cursor) bool {
	for f := range cur.Enclosing((*ast.File)(nil)) {
		for _, imp := range f.Node().(*ast.File).Imports {
			if p, err := strconv.Unquote(imp.Path.Value); err == nil && p == "net/http/httptest" {
				return true
			}
		}
	}
	return false
}

// prefixedParam returns the index of the string parameter of the function
// enclosing cur that e concatenates with constants ("broker: " + msg), or
// -1, when that function does nothing but log: a message adapter such as
// logErrorMsg(msg string, err error). Its callers choose the message, so
// they are checked instead. A function that does more, such as a handler
// logging "user " + id, builds its message at run time.
func (c *checker) prefixedParam(cur inspector.Cursor, e ast.Expr) int {
	bin, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || bin.Op != token.ADD {
		return -1
	}
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return -1
	}
	fd, ok := fn.Node().(*ast.FuncDecl)
	if !ok || fd.Body == nil || len(fd.Body.List) != 1 {
		return -1
	}
	obj, ok := c.info.Defs[fd.Name].(*types.Func)
	if !ok {
		return -1
	}
	sig := obj.Signature()
	idx := -1
	var leaves func(e ast.Expr) bool
	leaves = func(e ast.Expr) bool {
		e = ast.Unparen(e)
		if tv := c.info.Types[e]; tv.Value != nil {
			return true
		}
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.ADD {
			return leaves(b.X) && leaves(b.Y)
		}
		id, ok := e.(*ast.Ident)
		if !ok || idx >= 0 {
			return false
		}
		for i := range sig.Params().Len() {
			if p := sig.Params().At(i); p == c.info.Uses[id] && isString(p.Type()) {
				idx = i
				return true
			}
		}
		return false
	}
	if !leaves(bin) {
		return -1
	}
	return idx
}
