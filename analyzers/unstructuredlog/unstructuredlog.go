package unstructuredlog

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/astx"
	"github.com/prodvet/prodvet/analyzers/internal/declare"
	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"github.com/prodvet/prodvet/analyzers/internal/role"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docFile string

// Config configures unstructuredlog. The zero value is the recommended default.
type Config struct {
	Tests   bool // also report in _test.go files
	Main    bool // also report the standard log package in command code
	PerLine bool // report every unstructured line, style-only ones too, also where the house style is unstructured
}

// Analyzer is unstructuredlog with its default configuration, bound to flags.
var Analyzer = New(Config{})

// New returns an unstructuredlog analyzer using cfg; its flags bind into a
// copy of cfg and are read when it runs.
func New(cfg Config) *analysis.Analyzer {
	a := declare.Analyzer(declare.Spec{
		Name:      "unstructuredlog",
		DocFile:   docFile,
		Requires:  []*analysis.Analyzer{inspect.Analyzer},
		FactTypes: []analysis.Fact{new(wrapperFact), new(structuredFact), new(zapFact)},
		Tests:     &cfg.Tests,
		Run:       func(pass *analysis.Pass, rep *report.Reporter) (any, error) { return run(pass, rep, &cfg) },
	})
	a.Flags.BoolVar(&cfg.Main, "main", cfg.Main, "also report the standard log package in command code")
	a.Flags.BoolVar(&cfg.PerLine, "per-line", cfg.PerLine, "report every unstructured line, also in packages with no structured logger, style-only lines included")
	return a
}

// Categories.
const (
	catStdLog     = "std-log"
	catFmtLog     = "fmt-log"
	catDynamicMsg = "dynamic-message"
	catPrintf     = "printf-style"
	catBadKV      = "bad-kv"
	catHouseStyle = "house-style"
)

func run(pass *analysis.Pass, rep *report.Reporter, cfg *Config) (any, error) {
	if pass.Pkg.Path() == libs.ZapPath {
		exportZapVersion(pass)
		return nil, nil
	}
	if !reachesAny(pass.Pkg, libs.LogPaths()) && len(pass.AllObjectFacts()) == 0 {
		return nil, nil // no logging API and no wrapper of one can be called here
	}
	switch pass.Pkg.Path() {
	case libs.LogPath, libs.FmtPath:
		return nil, nil // the APIs themselves
	}
	c := &checker{
		pass:        pass,
		info:        pass.TypesInfo,
		cfg:         cfg,
		rep:         rep,
		isMain:      pass.Pkg.Name() == "main",
		isCmd:       role.IsCommand(pass.Pkg),
		wrappers:    make(map[*types.Func]*wrapperFact),
		rangeVars:   make(map[types.Object]bool),
		loggerTypes: make(map[*types.Named]bool),
		signalFuncs: make(map[*ast.FuncDecl]bool),
		msgParams:   make(map[*types.Func]msgAdapter),
		zapErrKey:   zapErrIsKey(pass),
	}
	c.walk(pass.ResultOf[inspect.Analyzer].(*inspector.Inspector))
	c.inferWrappers()
	c.decideStyle()
	c.findMessageAdapters()
	for _, s := range c.sites {
		c.check(s)
	}
	c.reportUnstructured()
	return nil, nil
}

// reachesAny reports whether pkg reaches one of the packages paths.
func reachesAny(pkg *types.Package, paths []string) bool {
	for _, p := range paths {
		if match.Reaches(pkg, p) {
			return true
		}
	}
	return false
}

// checker holds the state of one pass.
type checker struct {
	pass   *analysis.Pass
	info   *types.Info
	cfg    *Config
	rep    *report.Reporter
	isMain bool // package main
	isCmd  bool // package main or another package of a command

	sites       []site                       // calls of logging APIs and of candidate wrappers, in source order
	forwards    []forward                    // calls that forward a function's own (msg, args...) parameters
	wrappers    map[*types.Func]*wrapperFact // this package's wrappers of key-value loggers
	order       []*types.Func                // keys of wrappers in the order they were found
	rangeVars   map[types.Object]bool        // variables a range statement declares
	zapErrKey   bool                         // the module's zap predates v1.24: a lone error is a key
	loggerTypes map[*types.Named]bool        // memo of isLoggerType
	signalFuncs map[*ast.FuncDecl]bool       // functions that call signal.Notify
	msgParams   map[*types.Func]msgAdapter   // message adapters: the parameter they log as the message
	diags       []analysis.Diagnostic

	structured bool   // the package, or one it imports from its module, logs structurally
	lines      []line // unstructured lines, reported one by one or summed up by unstructured
}

// site is a call to check once the package's wrappers are known.
type site struct {
	cur    inspector.Cursor
	call   *ast.CallExpr
	callee *types.Func
}

// walk visits every call once, keeping those that may be logging calls.
func (c *checker) walk(insp *inspector.Inspector) {
	for cur := range insp.Root().Preorder((*ast.CallExpr)(nil), (*ast.RangeStmt)(nil)) {
		if rng, ok := cur.Node().(*ast.RangeStmt); ok {
			c.noteRange(rng)
			continue
		}
		call := cur.Node().(*ast.CallExpr)
		fn := match.Callee(c.info, call)
		if fn == nil {
			continue
		}
		c.noteForward(cur, call, fn)
		c.noteSignal(cur, fn)
		if c.rep.Skips(call.Pos()) || isDead(c.info, cur) {
			continue
		}
		c.sites = append(c.sites, site{cur: cur, call: call, callee: fn})
	}
}

// isDead reports whether cur is in a branch that a constant condition
// disables, such as the body of "if debug {...}" with const debug = false:
// tracing left in for development never runs in production.
func isDead(info *types.Info, cur inspector.Cursor) bool {
	for c := cur; ; c = c.Parent() {
		k := c.ParentEdgeKind()
		if k == edge.Invalid {
			return false
		}
		if k != edge.IfStmt_Body && k != edge.IfStmt_Else {
			continue
		}
		ifs := c.Parent().Node().(*ast.IfStmt)
		tv, ok := info.Types[ifs.Cond]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
			continue
		}
		if constant.BoolVal(tv.Value) == (k == edge.IfStmt_Else) {
			return true
		}
	}
}

// inLoggerAdapter reports whether the call at cur is inside a logger
// adapter: a function that takes a variadic ...any, such as a
// Printf(format string, v ...any) method, or any method of a type shaped
// like a logger interface (see isLoggerType), such as the Trace method of
// an adapter to gorm's logger.Interface. An adapter implements a library's
// or a team's logger interface on top of the log or fmt package; it is
// the logging backend, and whether its lines are structured is decided
// where it is chosen and called.
func (c *checker) inLoggerAdapter(cur inspector.Cursor) bool {
	fn, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	var t types.Type
	switch n := fn.Node().(type) {
	case *ast.FuncDecl:
		if obj := c.info.Defs[n.Name]; obj != nil {
			t = obj.Type()
		}
	case *ast.FuncLit:
		t = c.info.TypeOf(n)
	}
	sig, ok := t.(*types.Signature)
	if !ok {
		return false
	}
	return variadicAny(sig) != nil || sig.Recv() != nil && c.isLoggerType(sig.Recv().Type())
}

// check reports what is wrong with one logging call.
func (c *checker) check(s site) {
	a, ok := libs.LookupLog(s.callee)
	if m, adapter := c.msgParams[s.callee]; adapter && !ok {
		c.checkAdapterCall(s, m)
		return
	}
	if !ok {
		w := c.wrapperOf(s.callee)
		if w == nil {
			return
		}
		a = libs.LogAPI{Shape: libs.ShapeKV, Lib: libOf(w.Lib), Msg: w.Msg, KV: s.callee.Signature().Params().Len() - 1}
	}
	a = shifted(a, recvArgs(c.info, s.call))
	call := s.call
	// Not logging at all: a command's output, a test helper's failure, the
	// report of a recovered panic. bad-kv is a bug wherever it is.
	// -main reports the log package in command code all the same.
	notLogging := importsHTTPTest(s.cur) || c.isCrashReport(s.cur)
	quiet := c.isCmd || notLogging
	if quiet && a.Shape != libs.ShapeKV && a.Shape != libs.ShapeStd {
		return
	}
	switch a.Shape {
	case libs.ShapeStd:
		if notLogging || (c.isCmd && !c.cfg.Main) || c.inLoggerAdapter(s.cur) {
			return
		}
		c.linef(call.Fun, a.Lib, catStdLog, "%s writes an unstructured log line; %s", render(c.info, call), remedy(a.Lib))
	case libs.ShapeFmt:
		if c.isCmd || isOutputCode(c.info, s.cur) || c.inLoggerAdapter(s.cur) {
			return
		}
		c.linef(call.Fun, a.Lib, catFmtLog, "%s used as logging writes an unstructured line; %s", render(c.info, call), remedy(a.Lib))
	case libs.ShapeFmtW:
		if c.isCmd || len(call.Args) < a.Msg || isOutputCode(c.info, s.cur) || c.inLoggerAdapter(s.cur) {
			return
		}
		std := c.stdStream(call.Args[a.Msg-1])
		if std == "" {
			return
		}
		c.linef(call.Fun, a.Lib, catFmtLog, "%s to %s used as logging; %s", render(c.info, call), std, remedy(a.Lib))
	case libs.ShapePrintf:
		c.checkPrintf(s, a)
	case libs.ShapeSprint:
		c.checkSprint(s, a)
	case libs.ShapeKV:
		if !quiet && a.Msg >= 0 && a.Msg < len(call.Args) && !(call.Ellipsis.IsValid() && a.Msg == len(call.Args)-1) {
			msg := call.Args[a.Msg]
			if how := c.dynamic(msg); how != "" && !c.forwardsFormat(s.cur, msg) && c.prefixedParam(s.cur, msg) < 0 && !c.isStyleOnly(s, a, []ast.Expr{msg}) {
				c.rep.Reportf(call.Args[a.Msg], catDynamicMsg, "message of %s is built with %s; use a constant message and attributes", render(c.info, call), how)
			}
		}
		if a.KV >= 0 && !call.Ellipsis.IsValid() {
			c.checkKV(call, a)
		}
	}
}

// stdStream returns "os.Stdout" or "os.Stderr" if w is one of them.
func (c *checker) stdStream(w ast.Expr) string {
	var obj types.Object
	switch w := ast.Unparen(w).(type) {
	case *ast.Ident:
		obj = c.info.Uses[w]
	case *ast.SelectorExpr:
		obj = c.info.Uses[w.Sel]
	}
	for _, name := range []string{"Stdout", "Stderr"} {
		if match.IsVar(obj, osPath, name) {
			return "os." + name
		}
	}
	return ""
}

// checkPrintf reports a printf-style call of a structured logger, unless it
// has no operands (a constant format is a constant message) or it forwards
// its enclosing function's own format and operands: an adapter that plugs a
// structured logger into a library's printf-style logging interface is the
// right way to do it.
func (c *checker) checkPrintf(s site, a libs.LogAPI) {
	call := s.call
	if a.Msg >= len(call.Args) {
		return
	}
	if len(call.Args) == a.Msg+1 && c.info.Types[call.Args[a.Msg]].Value != nil {
		return // a constant format without operands is a constant message
	}
	if call.Ellipsis.IsValid() && c.isParam(s.cur, call.Args[len(call.Args)-1]) {
		return
	}
	if c.isStyleOnly(s, a, call.Args[a.Msg+1:]) {
		return
	}
	c.linef(selOf(call.Fun), a.Lib, catPrintf, "%s formats its message printf-style; %s", render(c.info, call), remedy(a.Lib))
}

// checkSprint reports a Sprint-style call (zap's Info(args...), logrus's
// Info(args...)) that concatenates several operands into the message, or
// whose only operand is built at run time or is an error.
func (c *checker) checkSprint(s site, a libs.LogAPI) {
	call := s.call
	args := call.Args[min(a.Msg, len(call.Args)):]
	switch {
	case len(args) == 0 || call.Ellipsis.IsValid():
		return
	case len(args) > 1:
		if c.allConst(args) {
			return // concatenated constants are a constant message
		}
		if c.isStyleOnly(s, a, args) {
			return
		}
		c.linef(selOf(call.Fun), a.Lib, catPrintf, "%s concatenates its operands into the message; %s", render(c.info, call), remedy(a.Lib))
	default:
		how := c.dynamic(args[0])
		if how == "" && match.ImplementsError(c.info.TypeOf(args[0])) {
			how = "the text of error " + types.ExprString(args[0])
		}
		if how != "" && !c.isStyleOnly(s, a, args) {
			c.linef(args[0], a.Lib, catDynamicMsg, "message of %s is built with %s; %s", render(c.info, call), how, remedy(a.Lib))
		}
	}
}

// allConst reports whether every expression in args is a constant.
func (c *checker) allConst(args []ast.Expr) bool {
	for _, a := range args {
		if c.info.Types[a].Value == nil {
			return false
		}
	}
	return true
}

// isParam reports whether e is a parameter of the function enclosing cur.
func (c *checker) isParam(cur inspector.Cursor, e ast.Expr) bool {
	v, ok := astx.UsedVar(c.info, e)
	if !ok {
		return false
	}
	fnCur, ok := astx.EnclosingFunc(cur)
	if !ok {
		return false
	}
	fn := astx.FuncSignature(c.info, fnCur.Node())
	if fn == nil {
		return false
	}
	for p := range fn.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// dynamic describes how e builds a string at run time, or returns "" if e
// is a constant or not visibly built here (a variable or a parameter).
func (c *checker) dynamic(e ast.Expr) string {
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; !ok || tv.Value != nil {
		return ""
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if isString(c.info.TypeOf(e)) {
			return "string concatenation"
		}
	case *ast.CallExpr:
		fn := match.Callee(c.info, e)
		if fn == nil {
			return ""
		}
		if match.IsFunc(fn, libs.FmtPath, "Sprintf", "Sprint", "Sprintln") {
			return types.ExprString(e.Fun)
		}
		if fn.Pkg() != nil && fn.Pkg().Path() == "strconv" && fn.Signature().Recv() == nil {
			return types.ExprString(e.Fun)
		}
		if isErrorMethod(fn) {
			return types.ExprString(e)
		}
	}
	return ""
}

// isErrorMethod reports whether fn is the Error method of an error type.
func isErrorMethod(fn *types.Func) bool {
	sig := fn.Signature()
	if fn.Name() != "Error" || sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	return match.ImplementsError(sig.Recv().Type())
}

// isString reports whether t is string, an alias of it (type String =
// string) or an untyped string constant type.
func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := types.Unalias(t).(*types.Basic)
	return ok && (b.Kind() == types.String || b.Kind() == types.UntypedString)
}

// selOf returns the selector of a method or qualified call, the tightest
// range naming the call.
func selOf(fun ast.Expr) ast.Expr {
	if sel, ok := ast.Unparen(fun).(*ast.SelectorExpr); ok {
		return sel.Sel
	}
	return fun
}

// render names the function a call calls as the code spells it (slog.Info,
// logger.Infow), or, when the receiver is itself a call (a chain such as
// log.Info().Str(...).Msg), by its type: (*zerolog.Event).Msg.
func render(info *types.Info, call *ast.CallExpr) string {
	fun := ast.Unparen(call.Fun)
	if idx, ok := fun.(*ast.IndexExpr); ok {
		fun = idx.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return types.ExprString(fun)
	}
	if _, chained := ast.Unparen(sel.X).(*ast.CallExpr); !chained {
		return types.ExprString(fun)
	}
	fn := match.Callee(info, call)
	if fn == nil || fn.Signature().Recv() == nil {
		return types.ExprString(fun)
	}
	qual := func(p *types.Package) string { return p.Name() }
	return "(" + types.TypeString(fn.Signature().Recv().Type(), qual) + ")." + fn.Name()
}

// findMessageAdapters finds the functions that log one of their string
// parameters as the message with a constant prefix or suffix, as
// logErrorMsg(msg string, err error) logging "broker: " + msg: the
// message is the caller's, so the callers are checked instead.
func (c *checker) findMessageAdapters() {
	for _, s := range c.sites {
		a, ok := libs.LookupLog(s.callee)
		if !ok || a.Shape != libs.ShapeKV {
			continue
		}
		a = shifted(a, recvArgs(c.info, s.call))
		if a.Msg < 0 || a.Msg >= len(s.call.Args) {
			continue
		}
		i := c.prefixedParam(s.cur, s.call.Args[a.Msg])
		if i < 0 {
			continue
		}
		fn, ok := astx.EnclosingFunc(s.cur)
		if !ok {
			continue
		}
		if fd, ok := fn.Node().(*ast.FuncDecl); ok {
			if obj, ok := c.info.Defs[fd.Name].(*types.Func); ok {
				c.msgParams[obj] = msgAdapter{param: i, level: c.levelOf(s, a), fields: c.fieldsOf(s, a)}
			}
		}
	}
}

// msgAdapter is a message adapter: the parameter it logs as the message,
// and the level and fields of its logging call.
type msgAdapter struct {
	param  int
	level  level
	fields fields
}

// checkAdapterCall reports a call of a message adapter m (see
// findMessageAdapters) whose message is built at run time, unless the
// adapter's level and fields make it style (see isStyle).
func (c *checker) checkAdapterCall(s site, m msgAdapter) {
	i := m.param + recvArgs(c.info, s.call)
	if i >= len(s.call.Args) || c.isCmd || importsHTTPTest(s.cur) || c.isCrashReport(s.cur) {
		return
	}
	msg := s.call.Args[i]
	if !c.cfg.PerLine && isStyle(m.level, m.fields, c.formatsError([]ast.Expr{msg})) {
		return
	}
	if how := c.dynamic(msg); how != "" {
		c.rep.Reportf(msg, catDynamicMsg, "message passed to %s is built with %s; use a constant message and attributes", render(c.info, s.call), how)
	}
}
