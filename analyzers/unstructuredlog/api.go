package unstructuredlog

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Import paths of the logging APIs unstructuredlog knows.
const (
	logPath     = "log"
	fmtPath     = "fmt"
	osPath      = "os"
	slogPath    = "log/slog"
	zapPath     = "go.uber.org/zap"
	logrusPath  = "github.com/sirupsen/logrus"
	zerologPath = "github.com/rs/zerolog"
	zerologLog  = "github.com/rs/zerolog/log"
	logrPath    = "github.com/go-logr/logr"
	klogPath    = "k8s.io/klog/v2"
)

// paths are the packages of the known APIs, for the fast path.
func paths() []string {
	return []string{logPath, fmtPath, slogPath, zapPath, logrusPath, zerologPath, zerologLog, logrPath, klogPath}
}

// shape says how a logging call is built.
type shape int

const (
	shapeStd    shape = iota + 1 // the standard log package: unstructured by design
	shapeFmt                     // fmt.Print*: standard output
	shapeFmtW                    // fmt.Fprint*: args[0] is the writer
	shapeKV                      // structured: a message at msg, key-value pairs from kv
	shapePrintf                  // printf-style: the format at msg, operands after it
	shapeSprint                  // Sprint-style: the message is the operands from msg on
)

// lib identifies a logging library, for its key-value rules and its remedy.
type lib int

const (
	libStd lib = iota + 1
	libFmt
	libSlog
	libZap   // *zap.Logger: typed fields, no key-value pairs
	libSugar // *zap.SugaredLogger
	libLogrus
	libZerolog
	libLogr
	libKlog
)

// api describes one logging function or method.
type api struct {
	shape shape
	lib   lib
	msg   int // index of the message, format or first operand; -1 if none
	kv    int // index where key-value pairs start; -1 if none
}

// lookup returns what fn is, if it is one of the logging APIs unstructuredlog
// knows. Functions are matched by package path and receiver type object, so
// renamed imports, aliases and embedding cannot hide them.
func lookup(fn *types.Func) (api, bool) {
	if fn.Pkg() == nil {
		return api{}, false
	}
	name := fn.Name()
	recv := ""
	if r := fn.Signature().Recv(); r != nil {
		named, ok := types.Unalias(match.Deref(r.Type())).(*types.Named)
		if !ok {
			return api{}, false
		}
		recv = named.Origin().Obj().Name()
	}
	switch fn.Pkg().Path() {
	case logPath:
		if (recv == "" || recv == "Logger") && isStdPrint(name) {
			return api{shape: shapeStd, lib: libStd, msg: 0, kv: -1}, true
		}
	case fmtPath:
		switch name {
		case "Print", "Printf", "Println":
			return api{shape: shapeFmt, lib: libFmt, msg: 0, kv: -1}, true
		case "Fprint", "Fprintf", "Fprintln":
			return api{shape: shapeFmtW, lib: libFmt, msg: 1, kv: -1}, true
		}
	case slogPath:
		if recv == "" || recv == "Logger" {
			return slogAPI(name)
		}
	case zapPath:
		switch recv {
		case "Logger":
			switch name {
			case "Debug", "Info", "Warn", "Error", "DPanic", "Panic", "Fatal":
				return api{shape: shapeKV, lib: libZap, msg: 0, kv: -1}, true
			case "Log":
				return api{shape: shapeKV, lib: libZap, msg: 1, kv: -1}, true
			}
		case "SugaredLogger":
			return leveled(name, libSugar, "DPanic")
		}
	case logrusPath:
		switch recv {
		case "", "Logger", "Entry", "FieldLogger":
			return leveled(name, libLogrus, "Trace", "Print", "Warning")
		}
	case zerologPath:
		switch {
		case recv == "Event" && name == "Msg":
			return api{shape: shapeKV, lib: libZerolog, msg: 0, kv: -1}, true
		case recv == "Event" && name == "Msgf", recv == "Logger" && name == "Printf":
			return api{shape: shapePrintf, lib: libZerolog, msg: 0, kv: -1}, true
		case recv == "Logger" && name == "Print":
			return api{shape: shapeSprint, lib: libZerolog, msg: 0, kv: -1}, true
		}
	case zerologLog:
		switch name {
		case "Printf":
			return api{shape: shapePrintf, lib: libZerolog, msg: 0, kv: -1}, true
		case "Print":
			return api{shape: shapeSprint, lib: libZerolog, msg: 0, kv: -1}, true
		}
	case logrPath:
		if recv == "Logger" {
			switch name {
			case "Info":
				return api{shape: shapeKV, lib: libLogr, msg: 0, kv: 1}, true
			case "Error":
				return api{shape: shapeKV, lib: libLogr, msg: 1, kv: 2}, true
			case "WithValues":
				return api{shape: shapeKV, lib: libLogr, msg: -1, kv: 0}, true
			}
		}
	case klogPath:
		if recv == "" || recv == "Verbose" {
			switch name {
			case "InfoS":
				return api{shape: shapeKV, lib: libKlog, msg: 0, kv: 1}, true
			case "ErrorS", "InfoSDepth":
				return api{shape: shapeKV, lib: libKlog, msg: 1, kv: 2}, true
			case "ErrorSDepth":
				return api{shape: shapeKV, lib: libKlog, msg: 2, kv: 3}, true
			}
			return leveled(name, libKlog, "Warning", "Exit")
		}
	}
	return api{}, false
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
func slogAPI(name string) (api, bool) {
	switch name {
	case "Debug", "Info", "Warn", "Error":
		return api{shape: shapeKV, lib: libSlog, msg: 0, kv: 1}, true
	case "DebugContext", "InfoContext", "WarnContext", "ErrorContext":
		return api{shape: shapeKV, lib: libSlog, msg: 1, kv: 2}, true
	case "Log":
		return api{shape: shapeKV, lib: libSlog, msg: 2, kv: 3}, true
	case "LogAttrs":
		return api{shape: shapeKV, lib: libSlog, msg: 2, kv: -1}, true
	case "With":
		return api{shape: shapeKV, lib: libSlog, msg: -1, kv: 0}, true
	case "Group":
		return api{shape: shapeKV, lib: libSlog, msg: -1, kv: 1}, true
	}
	return api{}, false
}

// leveled describes the leveled methods of a printf-era logger (zap's
// SugaredLogger, logrus, klog): Info(args...), Infof(format, args...),
// Infoln(args...) and, for the sugared logger, Infow(msg, kv...), for the
// levels Debug, Info, Warn, Error, Fatal, Panic and the extra ones given.
func leveled(name string, l lib, extra ...string) (api, bool) {
	levels := append([]string{"Debug", "Info", "Warn", "Error", "Fatal", "Panic"}, extra...)
	for _, lv := range levels {
		switch name {
		case lv, lv + "ln":
			return api{shape: shapeSprint, lib: l, msg: 0, kv: -1}, true
		case lv + "f":
			return api{shape: shapePrintf, lib: l, msg: 0, kv: -1}, true
		case lv + "w":
			if l == libSugar {
				return api{shape: shapeKV, lib: l, msg: 0, kv: 1}, true
			}
		}
	}
	if l == libSugar && name == "With" {
		return api{shape: shapeKV, lib: l, msg: -1, kv: 0}, true
	}
	return api{}, false
}

// remedy is the key-value form that replaces printf-style logging in l.
func (l lib) remedy() string {
	switch l {
	case libStd, libFmt:
		return "use log/slog with a constant message and attributes"
	case libSugar:
		return "use Infow and friends with key-value pairs"
	case libLogrus:
		return "use WithField(s) and a constant message"
	case libZerolog:
		return "add fields (.Str, .Err) and call Msg with a constant"
	case libKlog:
		return "use InfoS or ErrorS with key-value pairs"
	case libZap:
		return "use a constant message and zap fields"
	}
	return "use a constant message and key-value attributes"
}

// badKey is how l logs a broken key-value pair.
func (l lib) badKey() string {
	switch l {
	case libSlog:
		return "logged under !BADKEY"
	case libSugar:
		return "zap drops it and logs an error"
	}
	return "the pair is mangled in the log"
}

// libName is the fact's spelling of a key-value library.
func (l lib) libName() string {
	switch l {
	case libSlog:
		return "slog"
	case libSugar:
		return "zap"
	case libLogr:
		return "logr"
	case libKlog:
		return "klog"
	}
	return ""
}

// libOf is the inverse of libName.
func libOf(name string) lib {
	for _, l := range []lib{libSlog, libSugar, libLogr, libKlog} {
		if l.libName() == name {
			return l
		}
	}
	return 0
}
