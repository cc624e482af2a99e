package defaultclient

import (
	"net/http"
)

func _(url string) {
	http.Get(url) // want `http.Get uses http.DefaultClient, which has no timeout; use a client with Timeout set`
}
