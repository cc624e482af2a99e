package main

import (
	"crypto/sha256"
	"encoding/binary"
	"slices"
)

// Where one analyzer reports more than crowdLimit findings on one service,
// only a seeded random sample of sampleSize is judged (the rest are
// "unsampled") and the count is kept; precision is then an estimate.
const (
	crowdLimit = 60
	sampleSize = 30
	sampleSeed = "prodvet-triage-1"
)

// A diff is what changed between a service's triage file and prodvet's
// findings on it today.
type diff struct {
	Entries  []entry // one per current finding, verdicts carried over
	New      []int   // indexes into Entries of findings nobody has judged
	Vanished []entry // judged findings prodvet no longer reports
}

// reconcile matches findings to tf's entries by fingerprint. A finding
// keeps its verdict and reason and takes its current place; a new finding
// is unjudged, or unsampled when its analyzer is crowded and it falls
// outside the sample. An unsampled finding that the sample now takes in
// becomes unjudged.
func reconcile(tf *triageFile, findings []finding) diff {
	old := make(map[string]entry, len(tf.Entries))
	for _, e := range tf.Entries {
		old[e.Fingerprint] = e
	}
	inSample := sample(findings)
	var d diff
	for i, f := range findings {
		e, ok := old[f.Fingerprint]
		delete(old, f.Fingerprint)
		if !ok {
			e = entry{Verdict: unjudged}
		}
		e.Analyzer, e.Fingerprint, e.File, e.Line = f.Analyzer, f.Fingerprint, f.File, f.Line
		switch {
		case e.Verdict == unjudged && !inSample[i]:
			e.Verdict, e.Reason = unsampled, ""
		case e.Verdict == unsampled && inSample[i]:
			e.Verdict = unjudged
		}
		if e.Verdict == unjudged {
			d.New = append(d.New, len(d.Entries))
		}
		d.Entries = append(d.Entries, e)
	}
	for _, e := range tf.Entries {
		if _, gone := old[e.Fingerprint]; gone && e.Verdict.judged() {
			d.Vanished = append(d.Vanished, e)
		}
	}
	return d
}

// sample reports, for each finding, whether it is to be judged: every
// finding of an analyzer with at most crowdLimit findings, else the
// sampleSize findings of that analyzer whose fingerprints hash lowest
// under sampleSeed. The draw depends only on the set of fingerprints, not
// on their order or place.
func sample(findings []finding) []bool {
	in := make([]bool, len(findings))
	byAnalyzer := make(map[string][]int)
	var order []string
	for i, f := range findings {
		if byAnalyzer[f.Analyzer] == nil {
			order = append(order, f.Analyzer)
		}
		byAnalyzer[f.Analyzer] = append(byAnalyzer[f.Analyzer], i)
	}
	for _, a := range order {
		idx := byAnalyzer[a]
		if len(idx) > crowdLimit {
			slices.SortFunc(idx, func(x, y int) int {
				return compareUint(draw(findings[x].Fingerprint), draw(findings[y].Fingerprint))
			})
			idx = idx[:sampleSize]
		}
		for _, i := range idx {
			in[i] = true
		}
	}
	return in
}

func draw(fingerprint string) uint64 {
	sum := sha256.Sum256([]byte(sampleSeed + "\x00" + fingerprint))
	return binary.BigEndian.Uint64(sum[:8])
}

func compareUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
