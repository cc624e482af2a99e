package output

import (
	"fmt"
	"slices"
	"testing"
)

// TestLineHashes checks lineHashes against the values computed by a
// transcription of github/codeql-action's fingerprints.ts (run with node):
// CRLF and LF endings, tabs and spaces skipped, a non-BMP rune counted as
// two UTF-16 units, repeated lines numbered ":2".
func TestLineHashes(t *testing.T) {
	content := "package x\r\n\r\nfunc  f() {\n\t// h\u00e9llo \U0001F600 w\u00f6rld\n\treturn\n}\n\n\nfunc  f() {\n\t// h\u00e9llo \U0001F600 w\u00f6rld\n\treturn\n}\n"
	want := []string{
		"1 a0f08eecf2066759:1",
		"2 90efd230d363c803:1",
		"3 fa893b088e4b5605:1",
		"4 1ee81b0277360e5:1",
		"5 f07a53915bd2ca35:1",
		"6 7e7d5acd73dbf7f:1",
		"7 890d16f9dbbf73c:1",
		"8 44ce1f1bcd0a2942:1",
		"9 f9aa58fea3576420:1",
		"10 9414014188ed52ec:1",
		"11 58228fc5cbc49530:1",
		"12 32dce9ccfdbc9d3e:1",
		"13 c129715d7a2bc9a3:1",
	}
	var got []string
	lineHashes([]byte(content), func(line int, hash string) { got = append(got, fmt.Sprintf("%d %s", line, hash)) })
	if !slices.Equal(got, want) {
		t.Errorf("lineHashes:\ngot  %q\nwant %q", got, want)
	}
}
