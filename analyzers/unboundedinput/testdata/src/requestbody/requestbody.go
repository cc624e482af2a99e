// Package requestbody reads request bodies in net/http handlers.
package requestbody

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/gob"
	"encoding/json"
	"encoding/xml"
	"io"
	"io/ioutil"
	"net/http"
	"os"
	"strings"
)

type order struct{ ID string }

func readAll(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body with no size limit \(one huge request exhausts memory\); wrap r.Body in http.MaxBytesReader`
	_ = data
}

func readAllIoutil(w http.ResponseWriter, r *http.Request) {
	data, _ := ioutil.ReadAll(r.Body) // want `ioutil.ReadAll reads the request body with no size limit`
	_ = data
}

func decodeJSON(w http.ResponseWriter, r *http.Request) {
	var o order
	json.NewDecoder(r.Body).Decode(&o) // want `json.NewDecoder decodes the request body with no size limit`
}

func decodeXML(w http.ResponseWriter, r *http.Request) {
	var o order
	dec := xml.NewDecoder(r.Body) // want `xml.NewDecoder decodes the request body`
	dec.Decode(&o)
}

func decodeGob(w http.ResponseWriter, r *http.Request) {
	var o order
	gob.NewDecoder(r.Body).Decode(&o) // want `gob.NewDecoder decodes the request body`
}

func csvAll(w http.ResponseWriter, r *http.Request) {
	rows, _ := csv.NewReader(r.Body).ReadAll() // want `csv.NewReader\(r.Body\).ReadAll reads the request body`
	_ = rows
}

func throughVariable(w http.ResponseWriter, r *http.Request) {
	body := r.Body
	data, _ := io.ReadAll(body) // want `io.ReadAll reads the request body with no size limit \(one huge request exhausts memory\); wrap r.Body in http.MaxBytesReader`
	_ = data
}

func throughWrappers(w http.ResponseWriter, r *http.Request) {
	h := sha256.New()
	br := bufio.NewReader(io.TeeReader(r.Body, h))
	data, _ := io.ReadAll(br) // want `io.ReadAll reads the request body`
	_ = data
}

func copyToBuffer(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	io.Copy(&buf, r.Body) // want `io.Copy copies the request body with no size limit`
}

func bufferReadFrom(w http.ResponseWriter, r *http.Request) {
	buf := new(bytes.Buffer)
	buf.ReadFrom(r.Body) // want `buf.ReadFrom reads the request body`
}

func withContext(w http.ResponseWriter, r *http.Request) {
	r = r.WithContext(context.Background())
	var o order
	json.NewDecoder(r.Body).Decode(&o) // want `json.NewDecoder decodes the request body`
}

// Server is an http.Handler.
type Server struct{ max int64 }

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}

func register(mux *http.ServeMux) {
	mux.HandleFunc("/hook", func(w http.ResponseWriter, req *http.Request) {
		payload, _ := io.ReadAll(req.Body) // want `io.ReadAll reads the request body with no size limit \(one huge request exhausts memory\); wrap req.Body in http.MaxBytesReader`
		_ = payload
	})
}

// decode is a helper that handlers of this package pass their requests to.
func decode(r *http.Request, v any) error {
	return json.NewDecoder(r.Body).Decode(v) // want `json.NewDecoder decodes the request body`
}

func usesHelper(w http.ResponseWriter, r *http.Request) {
	var o order
	decode(r, &o)
}

func limitOnSomePath(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	}
	// The limit is not on every path.
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}

func limitTooLate(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	_ = data
}

func limitedCopyKeptOriginal(w http.ResponseWriter, r *http.Request) {
	orig := r.Body
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	// orig holds the body from before the limit.
	data, _ := io.ReadAll(orig) // want `io.ReadAll reads the request body`
	_ = data
}

func limitOtherRequest(w http.ResponseWriter, r *http.Request) {
	other, _ := http.NewRequest("GET", "/", nil)
	other.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	data, _ := io.ReadAll(r.Body) // want `io.ReadAll reads the request body`
	_ = data
}

// Negatives.

func wrappedInline(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)) // ok: limited
	_ = data
}

func replacedBody(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	var o order
	json.NewDecoder(r.Body).Decode(&o) // ok: the body was replaced by a limited one
}

func replacedBodyThenBranch(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<20)
	if r.Method == http.MethodPost {
		data, _ := io.ReadAll(r.Body) // ok: the limit dominates the read
		_ = data
	}
}

func limitReader(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20)) // ok: limited
	_ = data
}

func limitReaderVariable(w http.ResponseWriter, r *http.Request) {
	lr := io.LimitReader(r.Body, 1<<20)
	var o order
	json.NewDecoder(lr).Decode(&o) // ok: limited through a variable
}

func limitNopCloser(w http.ResponseWriter, r *http.Request) {
	r.Body = io.NopCloser(io.LimitReader(r.Body, 1<<20))
	data, _ := io.ReadAll(r.Body) // ok: limited, then wrapped
	_ = data
}

func (s *Server) configuredLimit(w http.ResponseWriter, r *http.Request) {
	if s.max > 0 {
		r.Body = http.MaxBytesReader(w, r.Body, s.max)
	}
	data, _ := io.ReadAll(r.Body) // ok: the limit is the configuration's business
	_ = data
}

func contentLengthChecked(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength < 0 || r.ContentLength > 1<<20 {
		http.Error(w, "too large", http.StatusRequestEntityTooLarge)
		return
	}
	data, _ := io.ReadAll(r.Body) // ok: net/http stops the body at its declared length
	_ = data
}

func parseForm(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()                 // ok: net/http reads at most 10 MB of a form
	_ = r.FormValue("name")       // ok: likewise
	r.ParseMultipartForm(1 << 20) // ok: memory is bounded by maxMemory; files go to disk
}

func streamToFile(w http.ResponseWriter, r *http.Request) {
	f, _ := os.Create("/tmp/upload")
	defer f.Close()
	io.Copy(f, r.Body) // ok: streamed to a file, not held in memory
}

func drain(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body) // ok: nothing is held
}

func inMemory(w http.ResponseWriter, r *http.Request) {
	var o order
	json.NewDecoder(strings.NewReader(`{"ID":"1"}`)).Decode(&o) // ok: a string in memory
	data, _ := io.ReadAll(bytes.NewReader([]byte("x")))         // ok: bytes in memory
	_ = data
}

type transport struct{ next http.RoundTripper }

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	body, _ := io.ReadAll(req.Body) // ok: an outgoing request, whose body the program wrote
	_ = body
	resp, err := t.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	data, _ := io.ReadAll(resp.Body) // ok: a response body
	_ = data
	return resp, nil
}

func outgoing(url string) {
	req, _ := http.NewRequest("POST", url, strings.NewReader("x"))
	data, _ := io.ReadAll(req.Body) // ok: a request the program made
	_ = data
	resp, _ := http.DefaultClient.Do(req)
	var o order
	json.NewDecoder(resp.Body).Decode(&o) // ok: response bodies are not request bodies
}

// Decode is exported for other packages; no handler here passes it a request.
func Decode(r *http.Request, v any) error {
	return json.NewDecoder(r.Body).Decode(v) // ok: not known to be a received request
}

func notAHandler(r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: no ResponseWriter and no handler passes it a request
	_ = data
}
