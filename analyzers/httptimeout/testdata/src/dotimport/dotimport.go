package dotimport

import . "net/http"

func _(u string) {
	Get(u)                // want `Get uses http.DefaultClient`
	DefaultClient.Do(nil) // want `DefaultClient has no timeout`
}
