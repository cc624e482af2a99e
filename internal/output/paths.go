package output

import (
	"path/filepath"
	"strings"
)

// Paths decides how file names print, the same in every format, so that
// output never depends on the machine that produced it:
//
//   - a file below Root prints relative to it: api/api.go;
//   - a file in the module cache prints as module@version/path, with the
//     module path and version as go.mod spells them (the cache's !-escapes
//     undone): github.com/BurntSushi/toml@v1.4.0/decode.go;
//   - a file of GOROOT prints as $GOROOT/src/net/http/client.go, which is
//     also how positions read from the standard library's export data are
//     spelled, so a package loaded from source or from export data prints
//     alike;
//   - a file of a module replaced by a local directory outside Root
//     prints relative to Root, as ../b/b.go;
//   - anything else (a cgo file in the build cache, a //line directive
//     naming an absolute path) prints as it is, with slashes.
//
// A nil *Paths prints every file name as it is, with slashes.
type Paths struct {
	// Root is the directory paths are relative to: the go.work
	// workspace's directory, so that every module of the workspace prints
	// below it, or else the main module's directory.
	Root     string
	ModCache string   // go env GOMODCACHE
	GOROOT   string   // go env GOROOT
	Local    []string // directories of modules outside the module cache and GOROOT, other than Root's
}

// A place is where a file is: below which base directory, and at what
// slash path relative to it.
type place struct {
	base string // "" (Root or no base), "GOMODCACHE" or "GOROOT"
	rel  string // slash path relative to the base, as on disk; absolute when there is no base
	show string // how the file prints
}

// goroot is how export data names GOROOT, and how prodvet prints it.
const goroot = "$GOROOT"

// Show returns filename as prodvet prints it.
func (p *Paths) Show(filename string) string { return p.locate(filename).show }

// Disk returns the name of filename on disk: a name from export data that
// starts with $GOROOT is resolved to GOROOT, others are returned as they
// are.
func (p *Paths) Disk(filename string) string {
	if p == nil || p.GOROOT == "" {
		return filename
	}
	if rest, ok := strings.CutPrefix(filepath.ToSlash(filename), goroot+"/"); ok {
		return filepath.Join(p.GOROOT, filepath.FromSlash(rest))
	}
	return filename
}

func (p *Paths) locate(filename string) place {
	slash := filepath.ToSlash(filename)
	if rest, ok := strings.CutPrefix(slash, goroot+"/"); ok {
		return place{base: "GOROOT", rel: rest, show: slash}
	}
	if p == nil {
		return place{rel: slash, show: slash}
	}
	if rel, ok := below(p.Root, filename); ok {
		return place{rel: rel, show: rel}
	}
	// GOROOT before the module cache: a toolchain that GOTOOLCHAIN
	// downloaded lives in the module cache.
	if rel, ok := below(p.GOROOT, filename); ok {
		return place{base: "GOROOT", rel: rel, show: goroot + "/" + rel}
	}
	if rel, ok := below(p.ModCache, filename); ok && !strings.HasPrefix(rel, "cache/") {
		if show, ok := moduleCachePath(rel); ok {
			return place{base: "GOMODCACHE", rel: rel, show: show}
		}
	}
	for _, dir := range p.Local {
		if _, ok := below(dir, filename); ok && p.Root != "" {
			if rel, err := filepath.Rel(p.Root, filename); err == nil {
				rel = filepath.ToSlash(rel)
				return place{rel: rel, show: rel}
			}
		}
	}
	return place{rel: slash, show: slash}
}

// below returns filename relative to dir as a slash path, if it is below
// dir.
func below(dir, filename string) (string, bool) {
	if dir == "" || !filepath.IsAbs(filename) {
		return "", false
	}
	rel, err := filepath.Rel(dir, filename)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// moduleCachePath renders rel, a slash path in the module cache such as
// github.com/!burnt!sushi/toml@v1.4.0/decode.go, as module@version/path
// with the case-escapes undone. It reports false when rel is not inside a
// module's directory.
func moduleCachePath(rel string) (string, bool) {
	mod, rest, ok := strings.Cut(rel, "@")
	if !ok || mod == "" {
		return "", false
	}
	version, file, ok := strings.Cut(rest, "/")
	if !ok || version == "" || file == "" {
		return "", false
	}
	return unescape(mod) + "@" + unescape(version) + "/" + file, true
}

// unescape undoes the module cache's case-encoding, in which an upper-case
// letter is written as '!' and its lower-case form (golang.org/x/mod/module's
// EscapePath); it returns s unchanged if s is not such an encoding.
func unescape(s string) string {
	var b strings.Builder
	bang := false
	for _, r := range s {
		switch {
		case bang && 'a' <= r && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
			bang = false
		case bang, 'A' <= r && r <= 'Z':
			return s
		case r == '!':
			bang = true
		default:
			b.WriteRune(r)
		}
	}
	if bang {
		return s
	}
	return b.String()
}
