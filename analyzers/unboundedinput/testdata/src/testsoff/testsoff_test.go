package testsoff

import (
	"io"
	"net/http"
)

func echoHandler(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body) // ok: tests are not reported without -unboundedinput.tests
	w.Write(data)
}
