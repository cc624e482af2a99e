package fmtlog

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"text/tabwriter"
)

func _(id string, err error) {
	fmt.Printf("user %s failed: %v\n", id, err)   // want `fmt.Printf used as logging writes an unstructured line; use log/slog`
	fmt.Println("cache miss", id)                 // want `fmt.Println used as logging`
	fmt.Print("x")                                // want `fmt.Print used as logging`
	fmt.Fprintf(os.Stderr, "retrying: %v\n", err) // want `fmt.Fprintf to os.Stderr used as logging`
	fmt.Fprintln(os.Stdout, "ready")              // want `fmt.Fprintln to os.Stdout used as logging`
	fmt.Fprint((os.Stderr), "paren")              // want `fmt.Fprint to os.Stderr used as logging`
}

func _(w http.ResponseWriter, conn net.Conn, f *os.File, id string) {
	fmt.Fprintf(w, "hello %s", id) // ok: a response, not a log line
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s", id) // ok: a buffer
	var sb strings.Builder
	fmt.Fprintln(&sb, id)                // ok: a builder
	fmt.Fprintf(f, "%s\n", id)           // ok: a file
	fmt.Fprintf(conn, "PING %s\r\n", id) // ok: a network connection
	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintf(tw, "%s\t%s\n", "a", "b") // ok: a tabwriter: formatted output
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(bw, "x")                       // ok: the writer is not visibly os.Stdout
	_ = fmt.Errorf("wrap: %w", errors.New("x")) // ok: fmt.Errorf builds an error
	_ = fmt.Sprintf("%d", 1)                    // ok: builds a string
}
