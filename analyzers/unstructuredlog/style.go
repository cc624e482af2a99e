package unstructuredlog

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
	"github.com/prodvet/prodvet/analyzers/internal/match"
	"github.com/prodvet/prodvet/analyzers/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// structuredFact marks a package that logs through a structured logger, or
// that imports a package of its own module that does: the module has
// chosen structured logging, so an unstructured line in it is drift.
type structuredFact struct {
	Module string // the module path of the package
}

func (*structuredFact) AFact()         {}
func (*structuredFact) String() string { return "structured" }

// zapFact records, on package go.uber.org/zap, the version of zap in the
// module graph: the sugared logger's key-value rules changed in v1.24.
type zapFact struct {
	Version string
}

func (*zapFact) AFact()         {}
func (*zapFact) String() string { return "zapversion" }

// exportZapVersion exports the zap module's version on the zap package, as
// the build list selected it (or its replacement's version).
func exportZapVersion(pass *analysis.Pass) {
	m := pass.Module
	if m == nil || m.Path != libs.ZapPath {
		return
	}
	v := m.Version
	if m.Replace != nil && m.Replace.Version != "" {
		v = m.Replace.Version
	}
	if v != "" {
		pass.ExportPackageFact(&zapFact{Version: v})
	}
}

// zapErrIsKey reports whether the zap that pass's package reaches is known
// to be older than v1.24, whose sugared logger treats a lone error in a key
// position as a key (and drops the pair) instead of as an "error" field.
// An unknown version counts as a current one.
func zapErrIsKey(pass *analysis.Pass) bool {
	zap := match.Import(pass.Pkg, libs.ZapPath)
	if zap == nil {
		return false
	}
	var f zapFact
	return pass.ImportPackageFact(zap, &f) && minorBefore(f.Version, 1, 24)
}

// minorBefore reports whether the semantic version v (v1.23.0,
// v1.23.1-0.20221201-abcdef) is in major version major and below minor.
func minorBefore(v string, major, minor int) bool {
	rest, ok := strings.CutPrefix(v, "v"+strconv.Itoa(major)+".")
	if !ok {
		return false
	}
	digits, _, _ := strings.Cut(rest, ".")
	n, err := strconv.Atoi(digits)
	return err == nil && n < minor
}

// modulePath returns the path of the module pass's package belongs to, or
// "" if the driver does not say (GOPATH mode, some build systems).
func modulePath(pass *analysis.Pass) string {
	if pass.Module == nil {
		return ""
	}
	return pass.Module.Path
}

// decideStyle decides whether the package logs structurally: it makes a
// structured logging call itself (see isStructuredCall), declares a
// wrapper of a key-value logger, or imports a package of the same module
// that does either (a structuredFact). A structured package exports the
// fact for the packages that import it.
func (c *checker) decideStyle() {
	c.structured = len(c.order) > 0
	for _, s := range c.sites {
		if c.structured {
			break
		}
		c.structured = c.isStructuredCall(s)
	}
	mod := modulePath(c.pass)
	if mod == "" {
		return // "the same module" is unknown
	}
	if !c.structured {
		for _, f := range c.pass.AllPackageFacts() {
			if sf, ok := f.Fact.(*structuredFact); ok && sf.Module == mod {
				c.structured = true
				break
			}
		}
	}
	if c.structured {
		c.pass.ExportPackageFact(&structuredFact{Module: mod})
	}
}

// isStructuredCall reports whether s is a structured logging call: a
// key-value or field API of a known logger (slog, zap, zerolog's Msg,
// logr, klog's InfoS, the sugared Infow), a call of a key-value wrapper,
// or a call that attaches fields (logrus's WithField, zerolog's Str). A
// call whose message is its function's own format and operands, as in
// an adapter's Infof(format, args...) calling slog.Info(fmt.Sprintf(format,
// args...)), does not count: the adapter offers a printf-style API.
func (c *checker) isStructuredCall(s site) bool {
	if a, ok := libs.LookupLog(s.callee); ok {
		if a.Shape != libs.ShapeKV {
			return false
		}
		a = shifted(a, recvArgs(c.info, s.call))
		return !(a.Msg >= 0 && a.Msg < len(s.call.Args) && c.forwardsFormat(s.cur, s.call.Args[a.Msg]))
	}
	return c.wrapperOf(s.callee) != nil || isFieldCall(s.callee)
}

// isFieldCall reports whether fn attaches fields to a line or a logger of
// a library that can also log printf-style: logrus's WithField,
// WithFields and WithError, and the field methods of zerolog's Event and
// Context (Str, Int, Err, ...).
func isFieldCall(fn *types.Func) bool {
	with := []string{"WithField", "WithFields", "WithError"}
	if match.IsFunc(fn, libs.LogrusPath, with...) {
		return true
	}
	for _, t := range []string{"Logger", "Entry", "FieldLogger"} {
		if match.IsMethod(fn, libs.LogrusPath, t, with...) {
			return true
		}
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return false
	}
	t := match.Deref(recv.Type())
	if !match.IsNamed(t, libs.ZerologPath, "Event") && !match.IsNamed(t, libs.ZerologPath, "Context") {
		return false
	}
	switch fn.Name() {
	case "Msgf", "Enabled", "Discard", "Logger":
		return false
	}
	return true
}

// forwardsFormat reports whether e is fmt.Sprintf(format, args...) or
// fmt.Sprint(args...) of the operands of the function enclosing cur: the
// printf-style interface of a logger adapter.
func (c *checker) forwardsFormat(cur inspector.Cursor, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || !call.Ellipsis.IsValid() {
		return false
	}
	if !match.IsFunc(match.Callee(c.info, call), libs.FmtPath, "Sprintf", "Sprint", "Sprintln") {
		return false
	}
	return c.isParam(cur, call.Args[len(call.Args)-1])
}

// recvArgs returns 1 if call calls a method expression such as
// (*slog.Logger).Info(l, "msg"), whose first argument is the receiver and
// shifts every other one, and 0 otherwise.
func recvArgs(info *types.Info, call *ast.CallExpr) int {
	fun := ast.Unparen(call.Fun)
	switch f := fun.(type) {
	case *ast.IndexExpr:
		fun = ast.Unparen(f.X)
	case *ast.IndexListExpr:
		fun = ast.Unparen(f.X)
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok {
		return 0
	}
	if s := info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
		return 1
	}
	return 0
}

// shifted returns a with its argument indexes moved n places right.
func shifted(a libs.LogAPI, n int) libs.LogAPI {
	if a.Msg >= 0 {
		a.Msg += n
	}
	if a.KV >= 0 {
		a.KV += n
	}
	return a
}

// line is an unstructured log line: std-log, fmt-log, printf-style, or the
// dynamic message of a Sprint-style call.
type line struct {
	diag analysis.Diagnostic
	lib  libs.Logger
}

// linef records an unstructured line spanning n, logged through l.
func (c *checker) linef(n ast.Node, l libs.Logger, category, format string, args ...any) {
	c.lines = append(c.lines, line{
		diag: analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Category: category, Message: fmt.Sprintf(format, args...)},
		lib:  l,
	})
}

// reportUnstructured reports the package's unstructured lines: one by one
// where the package logs structurally (drift) or -per-line is set;
// otherwise once for the whole package, at its first unstructured line,
// with their count (house style).
func (c *checker) reportUnstructured() {
	if len(c.lines) == 0 {
		return
	}
	if c.structured || c.cfg.PerLine {
		for _, l := range c.lines {
			c.rep.Report(l.diag)
		}
		return
	}
	first := slices.MinFunc(c.lines, func(a, b line) int { return cmp.Compare(a.diag.Pos, b.diag.Pos) })
	target := first.lib
	for _, l := range c.lines {
		if l.lib != first.lib {
			target = libs.LogStd // several libraries: one target
			break
		}
	}
	n := len(c.lines)
	lines := "lines"
	if n == 1 {
		lines = "line"
	}
	c.rep.Reportf(report.Span(first.diag.Pos, first.diag.End), catHouseStyle, "package %s logs %d %s unstructured and none structured (house style, reported once); %s",
		c.pass.Pkg.Name(), n, lines, remedy(target))
}

// isLoggerType reports whether the type t (or *t) has at least two
// leveled logging methods (Debug, Info, Warn, Error, Fatal, Panic, Print,
// Trace and their f, ln and w forms) taking a final ...any: the shape of a
// logger interface such as gorm's logger.Interface, retryablehttp's
// LeveledLogger or grpclog's LoggerV2. Its other methods (gorm's Trace,
// with a fixed signature) belong to the same adapter.
func (c *checker) isLoggerType(t types.Type) bool {
	named, ok := types.Unalias(match.Deref(t)).(*types.Named)
	if !ok {
		return false
	}
	if v, ok := c.loggerTypes[named]; ok {
		return v
	}
	n := 0
	mset := types.NewMethodSet(types.NewPointer(named))
	for i := range mset.Len() {
		fn, ok := mset.At(i).Obj().(*types.Func)
		if ok && isLevelName(fn.Name()) && variadicAny(fn.Signature()) != nil {
			n++
		}
	}
	c.loggerTypes[named] = n >= 2
	return n >= 2
}

// isLevelName reports whether name is a leveled logging method's name.
func isLevelName(name string) bool {
	for _, lv := range []string{"Debug", "Info", "Warn", "Error", "Fatal", "Panic", "Print", "Trace"} {
		switch strings.TrimPrefix(name, lv) {
		case "", "f", "ln", "w", "ing", "ingf", "ingln":
			if strings.HasPrefix(name, lv) {
				return true
			}
		}
	}
	return false
}
