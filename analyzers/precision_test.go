package analyzers_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
)

// TestPrecision checks Precision against the verdicts in testdata/triage.
func TestPrecision(t *testing.T) {
	v := readVerdicts(t)
	for _, a := range analyzers.All() {
		n := v.judged(a.Name)
		share := 0.0 // no verdicts: not proven, low
		if n > 0 {
			share = float64(v.worth(a.Name)) / float64(n)
		}
		want := "low"
		switch {
		case share >= 0.95:
			want = "very-high"
		case share >= 0.8:
			want = "high"
		case share >= 0.5:
			want = "medium"
		}
		if got := analyzers.Precision(a.Name); got != want {
			t.Errorf("Precision(%q) = %q, but %d of %d judged findings are worth examining (%.0f%%): %s", a.Name, got, v.worth(a.Name), n, 100*share, want)
		}
	}
}

// TestOnByDefault checks that an analyzer newer than the triage corpus is
// on by default exactly when its judged findings meet the targets: at
// least 60% real and at most 5% false.
func TestOnByDefault(t *testing.T) {
	v := readVerdicts(t)
	for _, name := range []string{"shutdown", "unboundedinput"} { // added after the corpus
		n := v.judged(name)
		if n == 0 {
			t.Errorf("%s has no judged findings on the corpus: it cannot be on by default", name)
			continue
		}
		real, fp := 100*v[name]["real"]/n, 100*v[name]["fp"]/n
		if want := real >= 60 && fp <= 5; analyzers.OnByDefault(name) != want {
			t.Errorf("OnByDefault(%q) = %v, but %d judged findings are %d%% real and %d%% false: want %v", name, !want, n, real, fp, want)
		}
	}
	for _, name := range analyzers.Defaults() {
		if !analyzers.OnByDefault(name) {
			t.Errorf("Defaults() lists %s, which is off by default", name)
		}
	}
}

// verdicts counts the judged findings of testdata/triage by analyzer and
// verdict (real, minor, fp).
type verdicts map[string]map[string]int

func (v verdicts) worth(name string) int  { return v[name]["real"] + v[name]["minor"] }
func (v verdicts) judged(name string) int { return v.worth(name) + v[name]["fp"] }

func readVerdicts(t *testing.T) verdicts {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", "triage", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no triage files: %v", err)
	}
	v := make(verdicts)
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.SplitSeq(string(data), "\n") {
			fields := strings.Fields(line)
			if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
				continue
			}
			switch verdict, name := fields[0], fields[1]; verdict {
			case "real", "minor", "fp":
				if v[name] == nil {
					v[name] = make(map[string]int)
				}
				v[name][verdict]++
			}
		}
	}
	return v
}
