// The logging libraries: how each call logs (its shape, where its
// message and key-value pairs are), and which calls end the process.

package libs

import (
	"go/types"
	"strings"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Import paths of the logging libraries.
const (
	LogPath        = "log"
	FmtPath        = "fmt"
	SlogPath       = "log/slog"
	ZapPath        = "go.uber.org/zap"
	LogrusPath     = "github.com/sirupsen/logrus"
	ZerologPath    = "github.com/rs/zerolog"
	ZerologLogPath = "github.com/rs/zerolog/log"
	LogrPath       = "github.com/go-logr/logr"
	KlogPath       = "k8s.io/klog/v2"
)

// LogPaths returns the packages of the known logging APIs, for fast paths.
func LogPaths() []string {
	return []string{LogPath, FmtPath, SlogPath, ZapPath, LogrusPath, ZerologPath, ZerologLogPath, LogrPath, KlogPath}
}

// LogShape says how a logging call is built.
type LogShape int

const (
	ShapeStd    LogShape = iota + 1 // the standard log package: unstructured by design
	ShapeFmt                        // fmt.Print*: standard output
	ShapeFmtW                       // fmt.Fprint*: args[0] is the writer
	ShapeKV                         // structured: a message at Msg, key-value pairs from KV
	ShapePrintf                     // printf-style: the format at Msg, operands after it
	ShapeSprint                     // Sprint-style: the message is the operands from Msg on
)

// Logger identifies a logging library.
type Logger int

const (
	LogStd Logger = iota + 1
	LogFmt
	LogSlog
	LogZap   // *zap.Logger: typed fields, no key-value pairs
	LogSugar // *zap.SugaredLogger
	LogLogrus
	LogZerolog
	LogLogr
	LogKlog
)

// LogAPI describes one logging function or method.
type LogAPI struct {
	Shape LogShape
	Lib   Logger
	Msg   int  // index of the message, format or first operand; -1 if none
	KV    int  // index where key-value pairs start; -1 if none
	Exits bool // logs, then ends the process (log.Fatal, zap's Fatal, klog.Exit)
}

// LookupLog returns what fn is, if it is one of the logging APIs prodvet
// knows. Functions are matched by package path and receiver type object, so
// renamed imports, aliases and embedding cannot hide them.
func LookupLog(fn *types.Func) (LogAPI, bool) {
	a, ok := lookupLog(fn)
	switch a.Lib {
	case LogStd, LogZap, LogSugar, LogLogrus:
		a.Exits = strings.HasPrefix(fn.Name(), "Fatal")
	case LogKlog:
		a.Exits = strings.HasPrefix(fn.Name(), "Fatal") || strings.HasPrefix(fn.Name(), "Exit")
	}
	return a, ok
}

// ExitsProcess reports whether a call of fn ends the process, skipping
// deferred functions: os.Exit and syscall.Exit, logrus's Exit, and the
// loggers' fatal calls (LogAPI.Exits, and zerolog's Fatal, whose event
// exits when it is sent).
func ExitsProcess(fn *types.Func) bool {
	switch {
	case match.IsFunc(fn, "os", "Exit"), match.IsFunc(fn, "syscall", "Exit"),
		match.IsFunc(fn, LogrusPath, "Exit"), match.IsMethod(fn, LogrusPath, "Logger", "Exit"),
		match.IsFunc(fn, ZerologLogPath, "Fatal"), match.IsMethod(fn, ZerologPath, "Logger", "Fatal"):
		return true
	}
	a, ok := LookupLog(fn)
	return ok && a.Exits
}

func lookupLog(fn *types.Func) (LogAPI, bool) {
	if fn.Pkg() == nil {
		return LogAPI{}, false
	}
	name := fn.Name()
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		named, ok := types.Unalias(match.Deref(r.Type())).(*types.Named)
		if !ok {
			return LogAPI{}, false
		}
		recv = named.Origin().Obj().Name()
	}
	switch fn.Pkg().Path() {
	case LogPath:
		if (recv == "" || recv == "Logger") && isStdPrint(name) {
			return LogAPI{Shape: ShapeStd, Lib: LogStd, Msg: 0, KV: -1}, true
		}
	case FmtPath:
		switch name {
		case "Print", "Printf", "Println":
			return LogAPI{Shape: ShapeFmt, Lib: LogFmt, Msg: 0, KV: -1}, true
		case "Fprint", "Fprintf", "Fprintln":
			return LogAPI{Shape: ShapeFmtW, Lib: LogFmt, Msg: 1, KV: -1}, true
		}
	case SlogPath:
		if recv == "" || recv == "Logger" {
			return slogAPI(name)
		}
	case ZapPath:
		switch recv {
		case "Logger":
			switch name {
			case "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal":
				return LogAPI{Shape: ShapeKV, Lib: LogZap, Msg: 0, KV: -1}, true
			case "Log":
				return LogAPI{Shape: ShapeKV, Lib: LogZap, Msg: 1, KV: -1}, true
			}
		case "SugaredLogger":
			return leveled(name, LogSugar, "DPanic")
		}
	case LogrusPath:
		switch recv {
		case "", "Logger", "Entry", "FieldLogger":
			return leveled(name, LogLogrus, "Trace", "Print", "Warning")
		}
	case ZerologPath:
		switch {
		case recv == "Event" && name == "Msg":
			return LogAPI{Shape: ShapeKV, Lib: LogZerolog, Msg: 0, KV: -1}, true
		case recv == "Event" && name == "Msgf", recv == "Logger" && name == "Printf":
			return LogAPI{Shape: ShapePrintf, Lib: LogZerolog, Msg: 0, KV: -1}, true
		case recv == "Logger" && name == "Print":
			return LogAPI{Shape: ShapeSprint, Lib: LogZerolog, Msg: 0, KV: -1}, true
		}
	case ZerologLogPath:
		switch name {
		case "Printf":
			return LogAPI{Shape: ShapePrintf, Lib: LogZerolog, Msg: 0, KV: -1}, true
		case "Print":
			return LogAPI{Shape: ShapeSprint, Lib: LogZerolog, Msg: 0, KV: -1}, true
		}
	case LogrPath:
		if recv == "Logger" {
			switch name {
			case "Info":
				return LogAPI{Shape: ShapeKV, Lib: LogLogr, Msg: 0, KV: 1}, true
			case "Error":
				return LogAPI{Shape: ShapeKV, Lib: LogLogr, Msg: 1, KV: 2}, true
			case "WithValues":
				return LogAPI{Shape: ShapeKV, Lib: LogLogr, Msg: -1, KV: 0}, true
			}
		}
	case KlogPath:
		if recv == "" || recv == "Verbose" {
			switch name {
			case "InfoS":
				return LogAPI{Shape: ShapeKV, Lib: LogKlog, Msg: 0, KV: 1}, true
			case "ErrorS", "InfoSDepth":
				return LogAPI{Shape: ShapeKV, Lib: LogKlog, Msg: 1, KV: 2}, true
			case "ErrorSDepth":
				return LogAPI{Shape: ShapeKV, Lib: LogKlog, Msg: 2, KV: 3}, true
			}
			return leveled(name, LogKlog, "Warning", "Exit")
		}
	}
	return LogAPI{}, false
}

// isStdPrint reports whether name is a printing function of package log.
func isStdPrint(name string) bool {
	switch name {
	case "Print", "Printf", "Println", "Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln", "Output":
		return true
	}
	return false
}

// slogAPI describes the slog function or *slog.Logger method name.
func slogAPI(name string) (LogAPI, bool) {
	switch name {
	case "Debug", "Info", "Warn", "Error":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: 0, KV: 1}, true
	case "DebugContext", "InfoContext", "WarnContext", "ErrorContext":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: 1, KV: 2}, true
	case "Log":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: 2, KV: 3}, true
	case "LogAttrs":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: 2, KV: -1}, true
	case "With":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: -1, KV: 0}, true
	case "Group":
		return LogAPI{Shape: ShapeKV, Lib: LogSlog, Msg: -1, KV: 1}, true
	}
	return LogAPI{}, false
}

// leveled describes the leveled methods of a printf-era logger (zap's
// SugaredLogger, logrus, klog): Info(args...), Infof(format, args...),
// Infoln(args...) and, for the sugared logger, Infow(msg, kv...), for the
// levels Debug, Info, Warn, Error, Fatal, Panic and the extra ones given.
func leveled(name string, l Logger, extra ...string) (LogAPI, bool) {
	levels := append([]string{"Debug", "Info", "Warn", "Error", "Fatal", "Panic"}, extra...)
	for _, lv := range levels {
		switch name {
		case lv, lv + "ln":
			return LogAPI{Shape: ShapeSprint, Lib: l, Msg: 0, KV: -1}, true
		case lv + "f":
			return LogAPI{Shape: ShapePrintf, Lib: l, Msg: 0, KV: -1}, true
		case lv + "w":
			if l == LogSugar {
				return LogAPI{Shape: ShapeKV, Lib: l, Msg: 0, KV: 1}, true
			}
		}
	}
	if l == LogSugar && name == "With" {
		return LogAPI{Shape: ShapeKV, Lib: l, Msg: -1, KV: 0}, true
	}
	return LogAPI{}, false
}
