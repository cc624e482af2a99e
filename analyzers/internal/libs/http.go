// HTTP client libraries: constructors of clients with no timeout.

package libs

import (
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/match"
)

// Import paths of the HTTP client libraries.
const (
	CleanhttpPath     = "github.com/hashicorp/go-cleanhttp"
	RetryablehttpPath = "github.com/hashicorp/go-retryablehttp"
)

// An HTTPClientKind says what an HTTP client constructor returns.
type HTTPClientKind int

const (
	// PlainClient: an *http.Client, with no Timeout unless one is set.
	PlainClient HTTPClientKind = iota + 1
	// RetryClient: a retrying client whose HTTPClient field is a plain
	// client with no Timeout unless one is set.
	RetryClient
)

// httpConstructors are the library functions that return a client with no
// timeout (checked against go-cleanhttp v0.5 and go-retryablehttp v0.7).
var httpConstructors = []struct {
	path  string
	names []string
	kind  HTTPClientKind
}{
	{CleanhttpPath, []string{"DefaultClient", "DefaultPooledClient"}, PlainClient},
	{RetryablehttpPath, []string{"NewClient"}, RetryClient},
}

// HTTPClientConstructor reports what fn returns when it is a library
// constructor of an HTTP client that has no timeout.
func HTTPClientConstructor(fn *types.Func) (HTTPClientKind, bool) {
	for _, c := range httpConstructors {
		if match.IsFunc(fn, c.path, c.names...) {
			return c.kind, true
		}
	}
	return 0, false
}
