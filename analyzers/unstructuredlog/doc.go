// Package unstructuredlog defines an Analyzer that reports log lines that
// cannot be searched, filtered or correlated.
//
// # Analyzer unstructuredlog
//
// unstructuredlog: report log lines that cannot be searched or correlated
//
// In production, logs replace the debugger. A line such as
//
//	log.Printf("user %s failed to pay: %v", id, err)
//
// cannot be filtered by user, counted by error or joined to a trace: every
// occurrence is a different string, so the log backend can only grep it.
// Structured loggers fix that, but only when they are given a constant
// message and key-value attributes:
//
//	slog.Error("payment failed", "user", id, "err", err)
//
// Now "payment failed" can be counted, and user and err are fields to
// filter and group by. unstructuredlog reports the standard log package
// and fmt used as logging in services and libraries, messages built at
// run time, printf-style methods of structured loggers, and key-value
// lists that the logger will mangle. It knows log/slog, zap (Logger and
// SugaredLogger), logrus, zerolog, logr and klog, matched by type, so
// renamed imports, aliases, embedding and dot-imports do not hide a call.
//
// # Drift and house style
//
// Whether a package logs structurally is a decision made once, for the
// package or the module, not on each line. unstructuredlog reports it
// where it is made.
//
// Drift: the package already logs through a structured logger, and a line
// uses the log package, fmt as logging or a printf-style message. Each
// such line is reported (categories std-log, fmt-log, printf-style,
// dynamic-message): this is what a reviewer wants to see in a pull
// request.
//
// House style: the package logs only unstructured. It gets one finding,
// category house-style, at its first unstructured line (in the order of
// its files and lines), with the count of such lines:
//
//	package store logs 12 lines unstructured and none structured (house style, reported once); use log/slog with a constant message and attributes
//
// The remedy names the package's own library when all its lines use one
// (logrus, zap, klog, zerolog), and log/slog otherwise.
// -unstructuredlog.per-line reports every line instead, for a team that is
// migrating, style-only lines included (see below).
//
// # Hazard or style
//
// A formatted message (printf-style, dynamic-message) hurts when the line
// is searched during an outage and the message is the only place its data
// is: an error or an ID inlined at Warn or Error level, or by a level-less
// Print. By default these lines are style and not reported (nor counted
// in a house-style finding); -unstructuredlog.per-line reports them:
//
//   - Debug and Trace lines (Debug, DebugContext, Debugf, zerolog's
//     Debug(), klog.V(n) and logr's V(n) with n > 0, Log with a constant
//     debug level), and any line in the body of
//     if l.Enabled(ctx, slog.LevelDebug): off in production.
//   - Lines that already carry fields (log.Error().Err(err).Msgf, l.Err(err).Msgf,
//     logrus.WithError(err).Errorf, attributes after the message, a With
//     earlier in the chain), unless the message formats an error and no
//     field holds one. Fields of a logger kept in a variable are not seen.
//   - Info lines that format no error: the corpus's were startup and
//     shutdown lines ("serving on %s").
//   - Lines in an init function, or in a function that calls
//     signal.Notify: they run once, or on a shutdown or reload.
//
// A function that does nothing but log one of its string parameters with
// a constant prefix, such as logErrorMsg(msg string, err error) logging
// "broker: " + msg, is a message adapter: its own line is not reported,
// and its callers in the same package are checked instead, with the
// adapter's level and fields.
//
// The exact rule: a package logs structurally when one of its files (not
// its _test.go files unless -unstructuredlog.tests, nor generated files)
//
//   - calls a key-value or field API of a known logger: slog's functions
//     and *slog.Logger methods (With and Group included), *zap.Logger, the
//     sugared Infow family and With, zerolog's (*Event).Msg or a field
//     method of zerolog's Event or Context (Str, Err, ...), logrus's
//     WithField, WithFields or WithError, logr's Info, Error or
//     WithValues, klog's InfoS or ErrorS; except a call whose message is
//     fmt.Sprintf(format, args...) or fmt.Sprint(args...) of its own
//     function's parameters, the body of a printf-style adapter, which
//     offers an unstructured API;
//   - calls or declares a key-value wrapper (see Wrappers); or
//   - imports, directly or not, a package of the same module that logs
//     structurally. This crosses packages as a package fact, and only
//     along imports: a package of the module that imports none of the
//     structured ones keeps its own house style. It needs the driver to
//     say which module a package is in (go vet, prodvet, golangci-lint
//     and gopls do; GOPATH builds do not, and there only the package
//     itself counts).
//
// bad-kv findings, and dynamic messages of key-value calls (which make
// the package structured), are always reported line by line: they are
// bugs in a structured call, not a style.
//
// With -new-from-rev (or -new-from-patch), a finding is shown when its
// line changed. In drift mode that is each new unstructured line, the
// check a pull request wants. In house-style mode the one finding sits
// on the package's first unstructured line, so it shows when that line
// changes, or when a change makes a package log for the first time;
// adding more lines to a package whose house style is already
// unstructured shows nothing, by design. A baseline fingerprints the
// source line, not the message: a house-style finding stays accepted
// while the count changes, and comes back if its first line is removed
// or edited (accept it again). Switching modes changes the findings: run
// -baseline-write again after setting -unstructuredlog.per-line. A
// //prodvet:ignore directive suppresses the house-style finding on its
// first line; directives on the package's other unstructured lines then
// suppress nothing and are reported as stale.
//
// # What it reports
//
// Category house-style: the package's unstructured lines, counted, as
// above.
//
// Category std-log: the printing functions of the standard log package
// (Print, Printf, Println, Fatal*, Panic*, Output) and the same methods of
// a *log.Logger, outside command code. A library or service package that
// logs this way writes lines nobody can filter. Command code (package main
// and the other packages of a command) is left alone unless
// -unstructuredlog.main is set: a command's log output is often meant for
// a terminal.
//
// Category fmt-log: fmt.Print, fmt.Printf and fmt.Println, and
// fmt.Fprint* to os.Stdout or os.Stderr, in packages that are not part of
// a command. Output written that way in a service is logging without
// level, time or fields.
//
// Category dynamic-message: the message of a structured logging call is
// built at run time with fmt.Sprintf, fmt.Sprint, fmt.Sprintln, a strconv
// function, string concatenation or an error's Error method, in the
// message position of slog (package functions, *slog.Logger methods, Log,
// LogAttrs), zap's *zap.Logger and the sugared Infow family, logrus
// (package functions, *Logger, *Entry after WithField or WithFields),
// zerolog's (*Event).Msg, logr's Info and Error and klog's InfoS and
// ErrorS. The single operand of a Sprint-style method (logrus.Error(err),
// sugar.Error(err), klog.Error(err)) counts as the message too, so an
// error value there is reported: the message becomes the error's text.
//
// Category printf-style: the printf-style methods of structured loggers:
// zap's SugaredLogger.Infof and friends, logrus's Infof, Printf, Errorf
// and friends (also on an *Entry), zerolog's Msgf and Printf, klog's
// Infof, Errorf and (klog.Verbose).Infof. Also the Sprint-style methods
// given several operands (sugar.Info("user ", id), logrus.Info("a", b)),
// which concatenate them into the message.
//
// Category bad-kv: a key-value list the logger will mangle: a key with no
// value, an argument in a key position that is not a string (a string
// type of its own, such as type Key string, included: slog logs it under
// !BADKEY), or a key computed at run time (by fmt.Sprintf and friends,
// strconv, a concatenation or a range variable), which floods the log index with unbounded field
// names. Checked for slog (calls, With, Group), zap's sugared *w methods
// and With, logr (Info, Error, WithValues) and klog (InfoS, ErrorS), and
// through the team's own wrappers (see below). slog.Attr and zap.Field
// values take one position; zap's sugared logger also takes an error
// value alone, as its "error" field. Also reported: an error in a key
// position (slog.Error("failed", err)), which can never be a key or an
// attribute, except for zap's sugared logger from v1.24 on (the zap
// version is read from the module graph; an unknown version counts as a
// current one), and a string key followed by an slog.Attr or a zap.Field,
// which the logger swallows as the key's value. A key whose type is an
// alias of string (type String = string) is a string. In a method
// expression call, (*slog.Logger).Info(l, "msg", "k", v), the receiver
// argument is skipped.
//
// # Wrappers
//
// A function or method whose last parameter is args ...any and which
// passes args... on as the key-value pairs of one of these loggers (and,
// usually, one of its string parameters as the message) is a wrapper:
//
//	// in package logx
//	func Info(msg string, args ...any) { slog.Info(msg, args...) }
//
//	// in package svc
//	logx.Info("login", "user", id, "attempt") // key "attempt" of logx.Info has no value
//
// Its call sites are checked as if they called the logger. Wrappers of
// wrappers are found too, and the knowledge crosses packages as an
// analysis fact, so it works under go vet -vettool and other drivers.
// A function that edits args before passing it on, and a forwarding call
// inside a function literal, do not make a wrapper.
//
// # Before and after
//
// log and fmt:
//
//	log.Printf("user %s failed: %v", id, err)
//	fmt.Println("cache miss", key)
//	// becomes
//	slog.Error("login failed", "user", id, "err", err)
//	slog.Debug("cache miss", "key", key)
//
// log/slog:
//
//	slog.Info(fmt.Sprintf("user %s logged in", id))
//	slog.Info("login", "user", id, "attempt")
//	// becomes
//	slog.Info("user logged in", "user", id)
//	slog.Info("login", "user", id, "attempt", n)
//
// zap:
//
//	logger.Info("user " + id + " logged in")
//	sugar.Infof("user %s logged in", id)
//	sugar.Infow("login", "user", id, "attempt")
//	// becomes
//	logger.Info("user logged in", zap.String("user", id))
//	sugar.Infow("user logged in", "user", id)
//	sugar.Infow("login", "user", id, "attempt", n)
//
// logrus:
//
//	logrus.Infof("user %s logged in", id)
//	logrus.Error(err)
//	// becomes
//	logrus.WithField("user", id).Info("user logged in")
//	logrus.WithError(err).Error("payment failed")
//
// zerolog:
//
//	log.Info().Msgf("user %s logged in", id)
//	log.Error().Err(err).Msg("failed: " + id)
//	// becomes
//	log.Info().Str("user", id).Msg("user logged in")
//	log.Error().Err(err).Str("user", id).Msg("payment failed")
//
// logr:
//
//	r.log.Info(fmt.Sprintf("reconciling %s", name))
//	r.log.Info("reconciling", "name", name, "generation")
//	// becomes
//	r.log.Info("reconciling", "name", name)
//	r.log.Info("reconciling", "name", name, "generation", gen)
//
// klog:
//
//	klog.Infof("pod %s ready", pod)
//	klog.V(2).Infof("syncing %s", pod)
//	// becomes
//	klog.InfoS("pod ready", "pod", klog.KRef(ns, pod))
//	klog.V(2).InfoS("syncing", "pod", klog.KRef(ns, pod))
//
// unstructuredlog offers no suggested fixes: turning a format into a
// constant message and attributes needs key names only the author can
// choose.
//
// # What it does not report
//
//   - Logger adapters: log and fmt calls inside a function whose last
//     parameter is ...any, such as a Printf(format string, v ...any) method
//     implementing a library's Logger interface on the standard log
//     package, or inside any method of a type with at least two leveled
//     methods taking ...any (Info, Warnf, Error...), the shape of a logger
//     interface: the Trace method of an adapter to gorm's logger.Interface
//     is part of the adapter, whatever its signature. Likewise a
//     structured call whose message is fmt.Sprintf(format, args...) of its
//     own function's parameters. The adapter is a logging backend; the
//     hazard, if any, is where it is chosen and called.
//   - A constant message with attributes, however they are computed: a
//     formatted string as an attribute value is fine.
//   - With, WithField, WithValues and the like, except for broken key-value
//     pairs in them.
//   - A message held in a variable or a parameter: it may well be constant.
//     Likewise a key that is a parameter, a field, a package-level
//     variable or the result of a call such as keyName() or k.String().
//     Spread pairs (args...) and arguments of interface type, whose dynamic
//     type may be a key, a value or an attribute, stop the key-value check.
//   - A printf-style method with no operands (sugar.Infof("started")), a
//     Sprint-style method given only constants (logrus.Info("a", "b")), and a
//     printf-style call that forwards its own function's format and
//     operands: an adapter plugging a structured logger into a library's
//     printf-style logger interface is the right way to do it.
//   - fmt.Errorf, fmt.Sprintf and friends, fmt.Fprint* to anything but
//     os.Stdout and os.Stderr themselves (a response writer, a buffer, a
//     builder, a file, a connection, a tabwriter).
//   - fmt output that is deliberate: in a function whose name says it
//     prints, dumps, traces or debugs or is an entry point (Main, cgiMain),
//     in a closure assigned to such a name, in the body of an if whose
//     condition mentions debug, trace or verbose, or as the last words of
//     a function that goes on to panic or call os.Exit.
//   - Code under a constant false condition (if debug { ... } with const
//     debug = false): it never runs.
//   - Command code: package main and the other packages of a command,
//     for std-log (unless -unstructuredlog.main), fmt-log, printf-style
//     and dynamic-message (a command's output is for a terminal, and its
//     log lines run at startup); bad-kv is reported there too. A
//     command's package has an import path with a cmd or cli element
//     (a trailing /cmd, internal/cli), a package named cmd, cli or
//     commands, or one that declares commands with cobra, urfave/cli,
//     kong or kingpin.
//   - Packages that exist to support tests (testutil, e2e, an xtest
//     named after the package it tests like net/http/httptest, or one
//     whose exported functions mostly take a testing.TB; see the README).
//     Their output is a test report.
//   - A file that imports net/http/httptest: a test helper kept in a
//     production package, whose fatal lines are a test's setup failures.
//   - The body of if r := recover(); r != nil: the report of a panic
//     that should never happen, often a stack dump to stderr.
//   - t.Log and other methods that merely look like logging, and a local
//     variable named log that is not the standard package.
//   - The builtin print and println, calls through function values, and
//     calls through an interface of the team's own (only the libraries'
//     own interfaces, such as logrus.FieldLogger, are known).
//   - _test.go files, unless -unstructuredlog.tests is set; generated files.
//
// # Flags
//
//	-unstructuredlog.main      also report the standard log package in command code
//	-unstructuredlog.per-line  report every unstructured line, also in packages with no structured logger, style-only lines included
//	-unstructuredlog.tests     also report in _test.go files and test-support packages
//
// # Compared with other tools
//
// sloglint checks slog only (its static-msg and no-raw-keys options come
// closest to dynamic-message and bad-kv). loggercheck checks key-value
// pairs of slog, zap's sugared logger, logr and klog, but has no logrus
// or zerolog, does not report printf-style methods or dynamic messages,
// and needs a rule file to learn a team's wrappers; unstructuredlog infers
// them. vet's slog analyzer reports odd and non-string slog pairs but not
// computed keys, and vet's printf analyzer checks formats, not whether a
// format belongs in a structured logger at all. forbidigo can ban fmt.Print
// by name, without knowing a response writer from os.Stdout.
//
// # Categories
//
// house-style, std-log, fmt-log, dynamic-message, printf-style, bad-kv.
package unstructuredlog
