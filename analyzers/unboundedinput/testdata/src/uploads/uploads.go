// Package uploads reads uploaded files and multipart parts.
package uploads

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"os"
)

func formFile(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("file")
	if err != nil {
		return
	}
	defer f.Close()
	data, _ := io.ReadAll(f) // want `io.ReadAll reads an uploaded file with no size limit \(one huge upload exhausts memory\); read it through io.LimitReader`
	_ = data
}

func fileHeaders(w http.ResponseWriter, r *http.Request) {
	r.ParseMultipartForm(32 << 20)
	for _, fh := range r.MultipartForm.File["files"] {
		f, _ := fh.Open()
		var buf bytes.Buffer
		io.Copy(&buf, f) // want `io.Copy copies an uploaded file with no size limit`
		f.Close()
	}
}

func parts(w http.ResponseWriter, r *http.Request) {
	mr, err := r.MultipartReader()
	if err != nil {
		return
	}
	for {
		p, err := mr.NextPart()
		if err != nil {
			return
		}
		data, _ := io.ReadAll(p) // want `io.ReadAll reads an uploaded file`
		_ = data
	}
}

func fileHeaderParam(fh *multipart.FileHeader) []byte {
	f, _ := fh.Open()
	data, _ := io.ReadAll(f) // want `io.ReadAll reads an uploaded file`
	return data
}

// Negatives.

func limitedUpload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("file")
	if err != nil {
		return
	}
	data, _ := io.ReadAll(io.LimitReader(f, 1<<20)) // ok: limited
	_ = data
}

func boundedRequest(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 8<<20)
	f, _, err := r.FormFile("file")
	if err != nil {
		return
	}
	data, _ := io.ReadAll(f) // ok: the whole request is limited
	_ = data
}

func saveUpload(w http.ResponseWriter, r *http.Request) {
	f, _, err := r.FormFile("file")
	if err != nil {
		return
	}
	out, _ := os.Create("/tmp/x")
	io.Copy(out, f) // ok: streamed to disk
}

func readForm(w http.ResponseWriter, r *http.Request) {
	mr, _ := r.MultipartReader()
	form, _ := mr.ReadForm(1 << 20) // ok: ReadForm bounds memory
	_ = form
}

func localMultipart(body []byte) {
	mr := multipart.NewReader(bytes.NewReader(body), "b")
	p, _ := mr.NextPart()
	data, _ := io.ReadAll(p) // ok: bytes the caller already holds
	_ = data
}
