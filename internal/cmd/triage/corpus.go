package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/prodvet/prodvet/analyzers"
)

// A service is one pinned real program of the corpus.
type service struct {
	Name     string   // also the base name of its triage file
	Module   string   // module path
	Version  string   // exact version served by the module proxy
	Patterns []string // packages to analyze, relative to the module root
}

// readServices reads the corpus manifest: one service a line,
//
//	NAME MODULE@VERSION [PATTERN...]
//
// with patterns defaulting to ./... and # starting a comment.
func readServices(name string) ([]service, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var svcs []service
	seen := make(map[string]bool)
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		bad := fmt.Errorf("%s:%d: want NAME MODULE@VERSION [PATTERN...] with an exact version", name, n)
		if len(fields) < 2 {
			return nil, bad
		}
		mod, ver, ok := strings.Cut(fields[1], "@")
		if !ok || ver == "" || ver == "latest" {
			return nil, bad
		}
		if seen[fields[0]] {
			return nil, fmt.Errorf("%s:%d: service %s listed twice", name, n, fields[0])
		}
		seen[fields[0]] = true
		s := service{Name: fields[0], Module: mod, Version: ver, Patterns: fields[2:]}
		if len(s.Patterns) == 0 {
			s.Patterns = []string{"./..."}
		}
		svcs = append(svcs, s)
	}
	return svcs, sc.Err()
}

// A finding is what prodvet reported on a service, as its JSON output
// gives it; Fingerprint is shortened to the width triage files use.
type finding struct {
	Analyzer    string   `json:"analyzer"`
	Message     string   `json:"message"`
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Fingerprint string   `json:"fingerprint"`
	Related     []relLoc `json:"related"`
}

type relLoc struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// fingerprintWidth is how many hex digits of prodvet's fingerprint a
// triage file keeps: 64 bits tell a service's findings apart.
const fingerprintWidth = 16

type result struct {
	Dir      string    // the module's source in the module cache
	Findings []finding // in prodvet's order
	Errors   []string  // packages that did not load or analyze, internal errors
}

// download fetches s through the module proxy and returns its directory in
// the module cache.
func download(s service) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", s.Module+"@"+s.Version)
	cmd.Dir = os.TempDir() // no main module: the download is by exact version
	cmd.Env = goEnv()
	out, err := cmd.Output()
	var info struct{ Dir, Error string }
	if jerr := json.Unmarshal(out, &info); jerr == nil && info.Error != "" {
		return "", errors.New(info.Error)
	}
	if err != nil {
		return "", fmt.Errorf("go mod download %s@%s: %v", s.Module, s.Version, err)
	}
	return info.Dir, nil
}

// goEnv is the environment prodvet and the go command run in: the
// service's own go.mod and go.sum decide every version, never a workspace
// or the caller's GOFLAGS.
func goEnv() []string {
	return append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=readonly", "GO111MODULE=on")
}

// analyze runs prodvet on s and returns what it reported. Exit status 1
// only means findings; status 2 is an error the triage must not hide.
func analyze(prodvet string, s service, jsonDir string) (*result, error) {
	dir, err := download(s)
	if err != nil {
		return nil, err
	}
	// Every analyzer by name, those off by default too: the corpus is
	// what decides whether they may be on by default.
	args := []string{"-format", "json", "-C", dir}
	for _, a := range analyzers.All() {
		args = append(args, "-"+a.Name)
	}
	cmd := exec.Command(prodvet, append(args, s.Patterns...)...)
	cmd.Env = goEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		return nil, fmt.Errorf("running prodvet on %s: %v", s.Name, err)
	}
	if jsonDir != "" {
		if err := os.WriteFile(filepath.Join(jsonDir, s.Name+".json"), out, 0o644); err != nil {
			return nil, err
		}
	}
	res, err := decodeResult(out)
	if err != nil {
		return nil, fmt.Errorf("prodvet on %s: %v\n%s", s.Name, err, stderr.Bytes())
	}
	res.Dir = dir
	if exit != nil && exit.ExitCode() != 1 && len(res.Errors) == 0 {
		res.Errors = append(res.Errors, fmt.Sprintf("prodvet exited %d: %s", exit.ExitCode(), strings.TrimSpace(stderr.String())))
	}
	return res, nil
}

// load reads a result saved by an earlier run with -json-dir, to judge
// findings without analyzing the corpus again.
func load(s service, jsonDir string) (*result, error) {
	out, err := os.ReadFile(filepath.Join(jsonDir, s.Name+".json"))
	if err != nil {
		return nil, err
	}
	res, err := decodeResult(out)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", s.Name, err)
	}
	if res.Dir, err = download(s); err != nil {
		return nil, err
	}
	return res, nil
}

func decodeResult(out []byte) (*result, error) {
	var doc struct {
		Findings []finding `json:"findings"`
		Errors   []string  `json:"errors"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		return nil, fmt.Errorf("reading prodvet's JSON: %v", err)
	}
	for i := range doc.Findings {
		f := &doc.Findings[i]
		if len(f.Fingerprint) > fingerprintWidth {
			f.Fingerprint = f.Fingerprint[:fingerprintWidth]
		}
	}
	return &result{Findings: doc.Findings, Errors: doc.Errors}, nil
}
