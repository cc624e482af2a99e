// Package output renders prodvet's findings in the formats CI systems and
// code-review tools read: text, prodvet's own JSON, SARIF 2.1.0, GitHub
// workflow commands, reviewdog's rdjsonl, checkstyle XML and GitLab's code
// quality report.
//
// Writers work from resolved findings only. Source text, which some formats
// need (UTF-16 columns, line hashes, fix ranges, the -source line), comes
// from a Source that reads each file at most once and only when asked.
package output

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A Finding is one diagnostic resolved to file positions.
type Finding struct {
	Analyzer    string
	Category    string
	Severity    string // error, warning or note
	Message     string
	URL         string // documentation of the analyzer, at the category
	File        string // slash-separated, as printed: Paths.Show of Path (see Paths)
	Path        string // the file's path on disk, for reading its source
	Line        int    // 1-based
	Column      int    // 1-based, in bytes
	EndLine     int
	EndColumn   int
	Fingerprint string // stable across line moves; see the driver's baseline
	Func        string // the enclosing function, as Name or Recv.Name ("" outside functions); part of Fingerprint
	Fixes       []Fix
	Related     []Related // other places that explain the finding
}

// A Related place explains a finding: the loop a query runs in, the dial
// behind a client, the call that is retried.
type Related struct {
	File      string // as Finding.File
	Path      string // as Finding.Path
	Line      int
	Column    int
	EndLine   int
	EndColumn int
	Message   string
}

// A Fix is a suggested fix; its edits are byte offsets in files.
type Fix struct {
	Message string
	Edits   []Edit
}

// An Edit replaces the bytes [Start, End) of a file with NewText.
type Edit struct {
	File       string // as Finding.File
	Path       string // as Finding.Path
	Start, End int
	NewText    string
}

// A Rule describes an analyzer that ran.
type Rule struct {
	ID        string // the analyzer's name
	Doc       string // Analyzer.Doc: a title line, a blank line, the rest
	URL       string // Analyzer.URL
	Severity  string // of its findings: error, warning or note ("" is warning)
	Precision string // SARIF's precision: very-high, high, medium or low ("" omits it)
}

// Title returns the rule's one-line summary.
func (r Rule) Title() string {
	title, _, _ := strings.Cut(r.Doc, "\n\n")
	return strings.TrimSpace(title)
}

// A Report is everything one run produced.
type Report struct {
	Tool    string // "prodvet"
	Version string
	// SemanticVersion is Version in Semantic Versioning 2.0.0 form, without
	// the v: a release (0.1.0) or a pseudo-version, never "(devel)".
	SemanticVersion string
	InfoURI         string // the tool's home page
	Rules           []Rule
	Findings        []Finding // sorted by file, line, column, analyzer, message
	Errors          []string
	Source          *Source
	Paths           *Paths // how File was made from Path; SARIF uses it for uriBaseId (nil: no bases)
}

// Formats lists the names -format and -out accept, in documentation order.
var Formats = []string{"text", "json", "sarif", "github", "rdjsonl", "checkstyle", "codeclimate"}

// Options changes how some formats print.
type Options struct {
	SourceLines bool // text: print the source line and a caret under each finding
}

// Write renders r in the named format.
func Write(w io.Writer, format string, r *Report, opts Options) error {
	switch format {
	case "text":
		return WriteText(w, r, opts)
	case "json":
		return WriteJSON(w, r)
	case "sarif":
		return WriteSARIF(w, r)
	case "github":
		return WriteGitHub(w, r)
	case "rdjsonl":
		return WriteRDJSONL(w, r)
	case "checkstyle":
		return WriteCheckstyle(w, r)
	case "codeclimate":
		return WriteCodeClimate(w, r)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// IsFormat reports whether name is a known format.
func IsFormat(name string) bool { return slices.Contains(Formats, name) }

// WriteText prints one line per finding, file:line:col: message (analyzer),
// with opts.SourceLines the source line and a caret under the column, then
// a line per related place, indented by a tab after its position as go vet
// prints them (file:line:col: \tmessage).
func WriteText(w io.Writer, r *Report, opts Options) error {
	for _, f := range r.Findings {
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s (%s)\n", f.File, f.Line, f.Column, f.Message, f.Analyzer); err != nil {
			return err
		}
		if opts.SourceLines {
			if line, ok := r.Source.Line(f.Path, f.Line); ok {
				fmt.Fprintf(w, "\t%s\n\t%s^\n", line, caretPad(line, f.Column))
			}
		}
		for _, rel := range f.Related {
			if _, err := fmt.Fprintf(w, "%s:%d:%d: \t%s\n", rel.File, rel.Line, rel.Column, rel.Message); err != nil {
				return err
			}
		}
	}
	return nil
}

// caretPad returns the blanks that put a caret under byte column col of
// line: tabs where the line has tabs, one space per other rune.
func caretPad(line string, col int) string {
	var b strings.Builder
	prefix := line[:min(max(col-1, 0), len(line))]
	for _, r := range prefix {
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// WriteSummary prints how many findings each analyzer reported, in the
// order of r.Rules, on one line; nothing when there are none.
func WriteSummary(w io.Writer, r *Report) {
	if len(r.Findings) == 0 {
		return
	}
	counts := make(map[string]int)
	for _, f := range r.Findings {
		counts[f.Analyzer]++
	}
	var parts []string
	for _, rule := range r.Rules {
		if n := counts[rule.ID]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", rule.ID, n))
		}
	}
	noun := "findings"
	if len(r.Findings) == 1 {
		noun = "finding"
	}
	fmt.Fprintf(w, "prodvet: %d %s (%s)\n", len(r.Findings), noun, strings.Join(parts, ", "))
}

// A Source reads source files lazily, each at most once.
type Source struct {
	read  func(path string) ([]byte, error)
	files map[string]*sourceFile
}

type sourceFile struct {
	content []byte
	lines   []int // offsets of line starts
	hashes  map[int]string
	err     error
}

// NewSource returns a Source reading with read, or from disk if read is nil.
func NewSource(read func(path string) ([]byte, error)) *Source {
	if read == nil {
		read = os.ReadFile
	}
	return &Source{read: read, files: make(map[string]*sourceFile)}
}

func (s *Source) file(path string) *sourceFile {
	if s == nil {
		return &sourceFile{err: fmt.Errorf("no source")}
	}
	if f, ok := s.files[path]; ok {
		return f
	}
	content, err := s.read(path)
	f := &sourceFile{content: content, err: err, lines: []int{0}}
	for i, b := range content {
		if b == '\n' {
			f.lines = append(f.lines, i+1)
		}
	}
	s.files[path] = f
	return f
}

// Content returns the file's bytes.
func (s *Source) Content(path string) ([]byte, bool) {
	f := s.file(path)
	return f.content, f.err == nil
}

// Line returns line n (1-based) of the file, without its line ending.
func (s *Source) Line(path string, n int) (string, bool) {
	f := s.file(path)
	if f.err != nil || n < 1 || n > len(f.lines) {
		return "", false
	}
	start, end := f.lines[n-1], len(f.content)
	if n < len(f.lines) {
		end = f.lines[n] - 1
	}
	return strings.TrimSuffix(string(f.content[start:end]), "\r"), true
}

// Position converts a byte offset in the file to a 1-based line and byte
// column.
func (s *Source) Position(path string, offset int) (line, col int, ok bool) {
	f := s.file(path)
	if f.err != nil || offset < 0 || offset > len(f.content) {
		return 0, 0, false
	}
	i, found := slices.BinarySearch(f.lines, offset)
	if !found {
		i--
	}
	return i + 1, offset - f.lines[i] + 1, true
}

// UTF16Column converts a 1-based byte column on line n to a 1-based column
// in UTF-16 code units, SARIF's default; it returns col unchanged when the
// line cannot be read.
func (s *Source) UTF16Column(path string, n, col int) int {
	line, ok := s.Line(path, n)
	if !ok || col < 1 {
		return col
	}
	prefix := line[:min(col-1, len(line))]
	units := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRuneInString(prefix)
		prefix = prefix[size:]
		units += utf16.RuneLen(r)
	}
	return units + 1 + max(col-1-len(line), 0)
}

// LineHash returns GitHub's primaryLocationLineHash of line n of the file.
func (s *Source) LineHash(path string, n int) (string, bool) {
	f := s.file(path)
	if f.err != nil {
		return "", false
	}
	if f.hashes == nil {
		f.hashes = make(map[int]string)
		lineHashes(f.content, func(line int, hash string) { f.hashes[line] = hash })
	}
	h, ok := f.hashes[n]
	return h, ok
}
