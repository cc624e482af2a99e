package defaultclient

import (
	"net/http"
	nethttp "net/http"
	"net/http/httptest"
	"net/url"
	"strings"
)

type service struct {
	client *http.Client
}

func _(u string) {
	http.Get(u)                             // want `http.Get uses http.DefaultClient, which has no timeout; use a client with Timeout set`
	http.Head(u)                            // want `http.Head uses http.DefaultClient`
	http.Post(u, "text/plain", nil)         // want `http.Post uses http.DefaultClient`
	http.PostForm(u, url.Values{})          // want `http.PostForm uses http.DefaultClient`
	nethttp.Get(u)                          // want `nethttp.Get uses http.DefaultClient`
	http.DefaultClient.Do(nil)              // want `http.DefaultClient has no timeout; use a client with Timeout set`
	http.DefaultClient.Get(u)               // want `http.DefaultClient has no timeout`
	_ = service{client: http.DefaultClient} // want `http.DefaultClient has no timeout`
	use(http.DefaultClient)                 // want `http.DefaultClient has no timeout`
	get := http.Get                         // ok: a function value is not a call; its calls cannot be tied to it here
	_ = get
}

func _(c *http.Client) {
	if c == nil {
		c = http.DefaultClient // want `http.DefaultClient has no timeout`
	}
	do := http.DefaultClient.Do // want `http.DefaultClient has no timeout`
	_ = do
}

func _(c *http.Client) bool {
	return c == http.DefaultClient // ok: a comparison uses no client
}

func _(c *http.Client) bool {
	return http.DefaultClient != c // ok: a comparison uses no client
}

func _() {
	srv := httptest.NewServer(nil)
	defer srv.Close()
	http.Get(srv.URL)                                             // ok: a local httptest server answers
	http.Get(srv.URL + "/healthz")                                // ok: a local httptest server answers
	http.Post(strings.Join([]string{srv.URL, "x"}, "/"), "", nil) // ok: a local httptest server answers
}

func _() {
	copied := *http.DefaultClient // ok: a copy is judged by what is done to it
	_ = copied
}

type fakeHTTP struct{}

func (fakeHTTP) Get(string) error { return nil }

func _() {
	http := fakeHTTP{} // a local variable named http
	http.Get("x")      // ok: not net/http
}

func use(*http.Client) {}
