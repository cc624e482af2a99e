// Retry libraries. What each one's options mean is unboundedretry's
// business; which packages they are is everyone's.

package libs

// Import paths of the retry libraries.
const (
	RetryGoPath = "github.com/avast/retry-go/v4"
	BackoffPath = "github.com/cenkalti/backoff/v4"
	GoRetryPath = "github.com/sethvargo/go-retry"
)

// RetryPaths returns the import paths of the retry libraries.
func RetryPaths() []string {
	return []string{RetryGoPath, BackoffPath, GoRetryPath}
}
