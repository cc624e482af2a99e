package unstructuredlog

import "github.com/prodvet/prodvet/analyzers/internal/libs"

// The logging APIs are libs.LookupLog's table; what follows is how
// unstructuredlog words its advice for each library.

// osPath is the package whose standard streams fmt logging writes to.
const osPath = "os"

// remedy is the key-value form that replaces printf-style logging in l.
func remedy(l libs.Logger) string {
	switch l {
	case libs.LogStd, libs.LogFmt:
		return "use log/slog with a constant message and attributes"
	case libs.LogSugar:
		return "use Infow and friends with key-value pairs"
	case libs.LogLogrus:
		return "use WithField(s) and a constant message"
	case libs.LogZerolog:
		return "add fields (.Str, .Err) and call Msg with a constant"
	case libs.LogKlog:
		return "use InfoS or ErrorS with key-value pairs"
	case libs.LogZap:
		return "use a constant message and zap fields"
	}
	return "use a constant message and key-value attributes"
}

// badKey is how l logs a broken key-value pair.
func badKey(l libs.Logger) string {
	switch l {
	case libs.LogSlog:
		return "logged under !BADKEY"
	case libs.LogSugar:
		return "zap drops it and logs an error"
	}
	return "the pair is mangled in the log"
}

// libName is the fact's spelling of a key-value library.
func libName(l libs.Logger) string {
	switch l {
	case libs.LogSlog:
		return "slog"
	case libs.LogSugar:
		return "zap"
	case libs.LogLogr:
		return "logr"
	case libs.LogKlog:
		return "klog"
	}
	return ""
}

// libOf is the inverse of libName.
func libOf(name string) libs.Logger {
	for _, l := range []libs.Logger{libs.LogSlog, libs.LogSugar, libs.LogLogr, libs.LogKlog} {
		if libName(l) == name {
			return l
		}
	}
	return 0
}
