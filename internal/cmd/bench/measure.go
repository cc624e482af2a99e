package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// sample is one measured run of one command.
type sample struct {
	wall    time.Duration
	peakRSS int64 // bytes; the largest resident set of the command or any process it waited for
}

// targetResult holds the samples of every command on one target, indexed
// like commands.
type targetResult struct {
	target  target
	samples [][]sample
}

// measureTarget runs every command runs times on t, interleaving the
// commands so that a change in the machine's load falls on all of them.
func measureTarget(benchDir string, env []string, tmp, warm, prodvet string, t target, runs int) (targetResult, error) {
	res := targetResult{target: t, samples: make([][]sample, len(commands))}
	for i := range runs {
		for c, cmd := range commands {
			fmt.Fprintf(os.Stderr, "bench: %s: run %d/%d: %s\n", t.name, i+1, runs, cmd.name)
			cache := filepath.Join(tmp, "gocache")
			if err := os.RemoveAll(cache); err != nil {
				return res, err
			}
			if err := os.CopyFS(cache, os.DirFS(warm)); err != nil {
				return res, fmt.Errorf("copying the warm build cache: %v", err)
			}
			s, err := measure(benchDir, append(env, "GOCACHE="+cache), cmd.args(prodvet, t))
			if err != nil {
				return res, err
			}
			res.samples[c] = append(res.samples[c], s)
		}
	}
	return res, nil
}

// measure runs args in dir and returns its wall time and peak memory.
// Findings are expected (exit status 1); anything worse is an error.
func measure(dir string, env, args []string) (sample, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir, cmd.Env = dir, env
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // stdout (the findings) is discarded
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() > 1 {
		return sample{}, fmt.Errorf("%s: %v\n%s", strings.Join(args, " "), err, lastLines(stderr.String(), 20))
	}
	if msg := stderr.String(); strings.Contains(msg, "internal error") || strings.Contains(msg, "panic:") {
		return sample{}, fmt.Errorf("%s crashed:\n%s", strings.Join(args, " "), lastLines(msg, 20))
	}
	return sample{wall: wall, peakRSS: peakRSS(cmd.ProcessState)}, nil
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// median returns the median of the samples' values.
func median(samples []sample, value func(sample) float64) float64 {
	vs := make([]float64, len(samples))
	for i, s := range samples {
		vs[i] = value(s)
	}
	slices.Sort(vs)
	if n := len(vs); n%2 == 0 {
		return (vs[n/2-1] + vs[n/2]) / 2
	}
	return vs[len(vs)/2]
}
