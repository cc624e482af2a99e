package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"
)

// machine describes where the benchmark ran, for the record.
type machine struct {
	loadBefore, loadAfter string
	runs                  int
}

// printReport writes the results as Markdown: the machine, then one table
// of wall times and one of peak memory, each with the ratios to go vet.
func printReport(w io.Writer, m machine, results []targetResult) {
	goVersion, _ := exec.Command("go", "env", "GOVERSION").Output()
	fmt.Fprintf(w, "Measured %s on %s, %d cores (GOMAXPROCS %d), %s, %s/%s.\n",
		time.Now().UTC().Format("2006-01-02"), cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0),
		strings.TrimSpace(string(goVersion)), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "Load average (1, 5, 15 min) before: %s; after: %s. Medians of %d runs.\n\n",
		m.loadBefore, m.loadAfter, m.runs)

	fmt.Fprintln(w, "Wall time:")
	fmt.Fprintln(w)
	printTable(w, results, func(s sample) float64 { return s.wall.Seconds() }, "%.1f s")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Peak memory (largest process):")
	fmt.Fprintln(w)
	printTable(w, results, func(s sample) float64 { return float64(s.peakRSS) / (1 << 20) }, "%.0f MiB")
}

// printTable writes one row per target: the median of each command and,
// after each command but the first, its ratio to the first (go vet).
func printTable(w io.Writer, results []targetResult, value func(sample) float64, format string) {
	header := []string{"target"}
	for i, c := range commands {
		header = append(header, "`"+c.name+"`")
		if i > 0 {
			header = append(header, "ratio")
		}
	}
	fmt.Fprintf(w, "| %s |\n", strings.Join(header, " | "))
	fmt.Fprintf(w, "|%s\n", strings.Repeat(" --- |", len(header)))
	for _, r := range results {
		row := []string{r.target.name}
		var base float64
		for i, samples := range r.samples {
			v := median(samples, value)
			row = append(row, fmt.Sprintf(format, v))
			if i == 0 {
				base = v
			} else {
				row = append(row, ratio(v, base))
			}
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
}

func ratio(v, base float64) string {
	if base == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2fx", v/base)
}

// cpuModel returns the processor's name from /proc/cpuinfo, or GOARCH
// where there is none.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if key, val, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(key) == "model name" {
			return strings.TrimSpace(val)
		}
	}
	return runtime.GOARCH
}

// loadAverage returns the 1, 5 and 15 minute load averages, or "unknown".
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], ", ")
}
