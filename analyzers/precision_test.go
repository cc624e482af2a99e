package analyzers_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/prodvet/prodvet/analyzers"
)

// TestPrecision checks Precision against the verdicts in testdata/triage.
func TestPrecision(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "triage", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no triage files: %v", err)
	}
	worth, judged := make(map[string]int), make(map[string]int)
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Fields(sc.Text())
			if len(fields) < 2 || strings.HasPrefix(fields[0], "#") {
				continue
			}
			switch verdict, name := fields[0], fields[1]; verdict {
			case "real", "minor":
				worth[name]++
				judged[name]++
			case "fp":
				judged[name]++
			}
		}
		f.Close()
	}
	for _, a := range analyzers.All() {
		n := judged[a.Name]
		share := 0.0 // no verdicts: not proven, low
		if n > 0 {
			share = float64(worth[a.Name]) / float64(n)
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
			t.Errorf("Precision(%q) = %q, but %d of %d judged findings are worth examining (%.0f%%): %s", a.Name, got, worth[a.Name], n, 100*share, want)
		}
	}
}
