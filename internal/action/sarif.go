package action

import (
	"bytes"
	"encoding/json"
	"net/url"
	"os"
	"path"
	"strings"
)

// rootBase is the uriBaseId prodvet gives files below its root.
const rootBase = "%SRCROOT%"

// rewriteSARIF makes the URIs of files below prodvet's root in a SARIF file
// relative to the repository's root instead, prefix being the root's path
// in the repository: code scanning resolves relative URIs against the
// repository's root, and its checkout_path applies to absolute URIs only.
// URIs in the module cache or GOROOT (other uriBaseIds) stay as they are.
func rewriteSARIF(name, prefix string) error {
	if prefix == "" {
		return nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return err
	}
	escaped := (&url.URL{Path: strings.TrimSuffix(prefix, "/")}).EscapedPath()
	rewriteLocations(doc, escaped)
	if runs, ok := doc.(map[string]any)["runs"].([]any); ok {
		for _, run := range runs {
			if bases, ok := run.(map[string]any)["originalUriBaseIds"].(map[string]any); ok {
				if root, ok := bases[rootBase].(map[string]any); ok {
					root["description"] = map[string]any{"text": "the repository's root"}
				}
			}
		}
	}
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	return os.WriteFile(name, out.Bytes(), 0o644)
}

// rewriteLocations prefixes the URI of every artifactLocation below v that
// is relative to prodvet's root: uriBaseId %SRCROOT%, or none and a
// relative URI (as in fixes).
func rewriteLocations(v any, prefix string) {
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if loc, ok := x.(map[string]any); ok && k == "artifactLocation" {
				base, _ := loc["uriBaseId"].(string)
				uri, ok := loc["uri"].(string)
				if ok && (base == rootBase || base == "") && isRelativeURI(uri) {
					if p := path.Join(prefix, uri); p != ".." && !strings.HasPrefix(p, "../") {
						loc["uri"] = p
					}
				}
				continue
			}
			rewriteLocations(x, prefix)
		}
	case []any:
		for _, x := range v {
			rewriteLocations(x, prefix)
		}
	}
}

// isRelativeURI reports whether uri is a relative reference with a
// relative path: no scheme, no leading slash.
func isRelativeURI(uri string) bool {
	u, err := url.Parse(uri)
	return err == nil && u.Scheme == "" && u.Host == "" && !strings.HasPrefix(u.Path, "/") && uri != ""
}

// sarifCategory names the code scanning analysis of the module at prefix,
// so that two modules of one repository do not replace each other's
// alerts: prodvet at the root, prodvet/service for a module in service/.
func sarifCategory(prefix string) string {
	if prefix == "" {
		return "prodvet"
	}
	return "prodvet/" + strings.TrimSuffix(prefix, "/")
}
