// Command exitdefer exits with deferred cleanups pending, and without.
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"database/sql"
	"log"
	"os"
	"runtime/pprof"
	"sync"

	"exitdefer/klog"

	"go.uber.org/zap"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if len(os.Args) < 2 {
		log.Fatal("usage: exitdefer FILE") // want `log.Fatal exits before the deferred w.Flush\(\) runs \(buffered output is lost\); return an error and exit once the defers have run`
	}
	w.WriteString("ok")
}

func _(tmp string) {
	defer os.RemoveAll(tmp)
	if tmp == "" {
		os.Exit(1) // want `os.Exit exits before the deferred os.RemoveAll\(\) runs \(temporary files are left behind\)`
	}
}

func _(f *os.File) {
	pprof.StartCPUProfile(f)
	defer pprof.StopCPUProfile()
	os.Exit(run()) // want `os.Exit exits before the deferred pprof.StopCPUProfile\(\) runs \(the profile is cut short\)`
}

type tracerProvider struct{}

func (*tracerProvider) Shutdown(ctx context.Context) error { return nil }

func _(tp *tracerProvider) {
	defer tp.Shutdown(context.Background())
	log.Fatalf("%d", run()) // want `log.Fatalf exits before the deferred tp.Shutdown\(\) runs \(pending work is dropped\)`
}

func _(f *os.File) {
	gz := gzip.NewWriter(f)
	defer gz.Close()
	if _, err := gz.Write(nil); err != nil {
		log.Fatal(err) // want `log.Fatal exits before the deferred gz.Close\(\) runs \(buffered output is lost\)`
	}
}

func _() {
	w := bufio.NewWriter(os.Stdout)
	defer func() {
		w.Flush()
	}()
	log.Fatal("x") // want `log.Fatal exits before the deferred w.Flush\(\) runs`
}

func _() {
	defer flushAll()
	os.Exit(2) // want `os.Exit exits before the deferred flushAll\(\) → klog.Flush\(\) runs \(buffered output is lost\)`
}

func flushAll() { klog.Flush() }

func _() {
	defer klog.Flush()
	go func() {
		log.Fatal("worker died") // want `log.Fatal exits before the deferred klog.Flush\(\) runs`
	}()
	select {}
}

func _() {
	defer klog.Flush()
	fatal("x") // want `fatal \(via log.Fatal\) exits before the deferred klog.Flush\(\) runs`
}

// fatal is an exit wrapper.
func fatal(msg string) { log.Fatal(msg) }

func _(s *zap.SugaredLogger) {
	defer s.Sync()
	log.Fatal("x") // want `log.Fatal exits before the deferred s.Sync\(\) runs`
}

// Negatives.

func _(l *zap.Logger) {
	defer l.Sync()
	l.Fatal("x") // ok: zap's Fatal syncs first
}

func _(ctx context.Context, db *sql.DB, f *os.File, mu *sync.Mutex) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer db.Close()
	defer f.Close()
	defer f.Sync()
	mu.Lock()
	defer mu.Unlock()
	log.Fatal("x") // ok: nothing is lost that the OS does not clean up
}

func _(code int) {
	defer klog.Flush()
	defer os.Exit(code) // ok: a deferred exit (go-critic #995)
}

func _(ok bool) {
	w := bufio.NewWriter(os.Stdout)
	if ok {
		defer w.Flush()
	} else {
		os.Exit(1) // ok: the defer is on the other branch (go-critic #1421)
	}
}

func _() {
	if len(os.Args) < 2 {
		os.Exit(2) // ok: before the defer
	}
	defer klog.Flush()
}

func _() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	if run() != 0 {
		w.Flush()
		os.Exit(1) // ok: flushed by hand (go-critic #1022)
	}
}

func _() {
	func() {
		defer klog.Flush()
	}()
	os.Exit(1) // ok: the literal's defer has run
}

func _() {
	defer klog.Flush()
	defer func() {
		if r := recover(); r != nil {
			os.Exit(3) // ok: exits in deferred functions are not followed (unwinding order is not modelled)
		}
	}()
}

func run() int { return 0 }

type apiServer struct{}

func (*apiServer) Serve() error    { return nil }
func (*apiServer) Shutdown() error { return nil }

type producer struct{}

func (*producer) Flush() error { return nil }
func (*producer) Close() error { return nil }

func _(srv *apiServer, p *producer) {
	defer srv.Shutdown()  // a server: exiting cuts it either way
	defer p.Close()       // a client with Flush, but no writer: Close flushes nothing
	log.Fatal("bad flag") // ok
}
