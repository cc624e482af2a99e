package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

// A verdict is a person's judgment of one finding on real code.
type verdict string

const (
	real      verdict = "real"      // a senior engineer would ask to fix it before merge
	minor     verdict = "minor"     // true, but low impact
	fp        verdict = "fp"        // wrong, or a deliberate and safe pattern
	unsampled verdict = "unsampled" // outside the judged sample of a crowded analyzer
	unjudged  verdict = "?"         // new: nobody has looked at it yet
)

// judged reports whether v counts towards precision.
func (v verdict) judged() bool { return v == real || v == minor || v == fp }

func parseVerdict(s string) (verdict, bool) {
	switch v := verdict(s); v {
	case real, minor, fp, unsampled, unjudged:
		return v, true
	}
	return "", false
}

// An entry is one line of a triage file:
//
//	VERDICT ANALYZER FINGERPRINT FILE:LINE | REASON
//
// The fingerprint is prodvet's own (-format json), which survives edits
// elsewhere in the file; FILE:LINE is there for the reader and refreshed
// by -update.
type entry struct {
	Verdict     verdict
	Analyzer    string
	Fingerprint string
	File        string
	Line        int
	Reason      string
}

// A triageFile holds the verdicts on one service's findings. Comment lines
// (#) before the first entry are kept as the file's header.
type triageFile struct {
	Header  []string
	Entries []entry
}

func readTriageFile(name string) (*triageFile, error) {
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		return &triageFile{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tf, err := parseTriage(f)
	if err != nil {
		return nil, fmt.Errorf("%s:%v", name, err)
	}
	return tf, nil
}

func parseTriage(r io.Reader) (*triageFile, error) {
	tf := &triageFile{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			if len(tf.Entries) == 0 {
				tf.Header = append(tf.Header, line)
			}
			continue
		}
		e, err := parseEntry(line)
		if err != nil {
			return nil, fmt.Errorf("%d: %v", n, err)
		}
		tf.Entries = append(tf.Entries, e)
	}
	return tf, sc.Err()
}

func parseEntry(line string) (entry, error) {
	head, reason, _ := strings.Cut(line, "|")
	fields := strings.Fields(head)
	if len(fields) != 4 {
		return entry{}, fmt.Errorf("want VERDICT ANALYZER FINGERPRINT FILE:LINE | REASON, got %q", line)
	}
	v, ok := parseVerdict(fields[0])
	if !ok {
		return entry{}, fmt.Errorf("unknown verdict %q (want real, minor, fp, unsampled or ?)", fields[0])
	}
	file, lineStr, ok := strings.Cut(fields[3], ":")
	n, err := strconv.Atoi(lineStr)
	if !ok || err != nil {
		return entry{}, fmt.Errorf("want FILE:LINE, got %q", fields[3])
	}
	reason = strings.TrimSpace(reason)
	if v.judged() && reason == "" {
		return entry{}, fmt.Errorf("verdict %s needs a reason after |", v)
	}
	return entry{Verdict: v, Analyzer: fields[1], Fingerprint: fields[2], File: file, Line: n, Reason: reason}, nil
}

// write prints tf with entries sorted by analyzer, file and line, so that a
// re-judged file diffs line by line.
func (tf *triageFile) write(w io.Writer) error {
	slices.SortStableFunc(tf.Entries, func(a, b entry) int {
		if c := strings.Compare(a.Analyzer, b.Analyzer); c != 0 {
			return c
		}
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
	bw := bufio.NewWriter(w)
	for _, h := range tf.Header {
		fmt.Fprintln(bw, h)
	}
	for _, e := range tf.Entries {
		line := fmt.Sprintf("%-9s %-15s %s %s:%d | %s", e.Verdict, e.Analyzer, e.Fingerprint, e.File, e.Line, e.Reason)
		fmt.Fprintln(bw, strings.TrimRight(line, " "))
	}
	return bw.Flush()
}

func (tf *triageFile) save(name string) error {
	var b strings.Builder
	if err := tf.write(&b); err != nil {
		return err
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}
