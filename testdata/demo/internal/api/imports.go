package api

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"net/http"
	"strconv"

	"example.com/demo/internal/store"
)

// ImportOrders accepts a partner's batch of orders, gzip-compressed to save
// bandwidth, and answers with the first of them as a preview. The body is
// capped at 10 MB, which looked like enough of a limit in review.
func (h *Handler) ImportOrders(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 10<<20)
	zr, err := gzip.NewReader(r.Body)
	if err != nil {
		http.Error(w, "bad gzip", http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		http.Error(w, "bad batch", http.StatusBadRequest)
		return
	}
	var orders []store.Order
	if err := json.Unmarshal(data, &orders); err != nil {
		http.Error(w, "bad batch", http.StatusBadRequest)
		return
	}
	n, err := strconv.Atoi(r.URL.Query().Get("preview"))
	if err != nil || n < 0 {
		http.Error(w, "bad preview", http.StatusBadRequest)
		return
	}
	preview := make([]store.Order, 0, n)
	for i := 0; i < n && i < len(orders); i++ {
		preview = append(preview, orders[i])
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(preview); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
	}
}
