package output

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// lineHashes computes, for every line of content, the fingerprint GitHub's
// code scanning upload (github/codeql-action, fingerprints.ts) stores as
// partialFingerprints.primaryLocationLineHash when a SARIF file has none:
// a polynomial rolling hash, modulo 2^64, over the first hashBlock
// characters (UTF-16 code units, as JavaScript counts them) from the start
// of the line, skipping spaces and tabs and reading \r\n and \r as \n. The
// input is followed by an end marker and padded with zeros so that the
// last lines have a full window. A hash seen before in the file gets a
// higher ":N" suffix. emit is called with 1-based line numbers.
func lineHashes(content []byte, emit func(line int, hash string)) {
	const (
		hashBlock = 100
		hashMod   = 37
		eof       = 0xFFFF
	)
	var firstMod uint64 = 1
	for range hashBlock {
		firstMod *= hashMod
	}
	var (
		window    [hashBlock]uint64
		lineNums  [hashBlock]int
		sum       uint64
		index     int
		lineNum   int
		lineStart = true
		prevCR    bool
		counts    = make(map[uint64]int)
	)
	for i := range lineNums {
		lineNums[i] = -1
	}
	output := func() {
		counts[sum]++
		emit(lineNums[index], strconv.FormatUint(sum, 16)+":"+strconv.Itoa(counts[sum]))
		lineNums[index] = -1
	}
	update := func(c uint64) {
		begin := window[index]
		window[index] = c
		sum = hashMod*sum + c - firstMod*begin // wraps modulo 2^64, as Long does
		index = (index + 1) % hashBlock
	}
	process := func(c uint64) {
		if c == ' ' || c == '\t' || (prevCR && c == '\n') {
			prevCR = false
			return
		}
		prevCR = c == '\r'
		if c == '\r' {
			c = '\n'
		}
		if lineNums[index] != -1 {
			output()
		}
		if lineStart {
			lineStart = false
			lineNum++
			lineNums[index] = lineNum
		}
		if c == '\n' {
			lineStart = true
		}
		update(c)
	}
	var pair [2]uint16
	for len(content) > 0 {
		r, size := utf8.DecodeRune(content) // invalid bytes read as U+FFFD, as Node decodes them
		content = content[size:]
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			pair = [2]uint16{uint16(hi), uint16(lo)}
			process(uint64(pair[0]))
			process(uint64(pair[1]))
			continue
		}
		process(uint64(r))
	}
	process(eof)
	for range hashBlock {
		if lineNums[index] != -1 {
			output()
		}
		update(0)
	}
}
