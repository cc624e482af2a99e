// Package api serves the orders HTTP API.
package api

import (
	"context"
	"encoding/json"
	"log"
	"net/http"

	"example.com/demo/internal/inventory"
	"example.com/demo/internal/payments"
	"example.com/demo/internal/store"
)

// Handler serves the API.
type Handler struct {
	store     *store.Store
	payments  *payments.Client
	inventory *inventory.Client
	mux       *http.ServeMux
}

// NewHandler returns the API handler.
func NewHandler(s *store.Store, p *payments.Client, inv *inventory.Client) *Handler {
	h := &Handler{store: s, payments: p, inventory: inv, mux: http.NewServeMux()}
	h.mux.HandleFunc("GET /orders", h.listOrders)
	h.mux.HandleFunc("POST /orders", h.createOrder)
	h.mux.HandleFunc("POST /orders/{id}/ship", h.shipOrder)
	return h
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) { h.mux.ServeHTTP(w, r) }

func (h *Handler) listOrders(w http.ResponseWriter, r *http.Request) {
	orders, err := h.store.RecentOrders(r.Context(), r.URL.Query().Get("customer"))
	if err != nil {
		log.Printf("list orders for %s: %v", r.URL.Query().Get("customer"), err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(orders)
}

func (h *Handler) createOrder(w http.ResponseWriter, r *http.Request) {
	var o store.Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	for _, l := range o.Lines {
		if err := h.inventory.Reserve(r.Context(), l.SKU, l.Qty); err != nil {
			http.Error(w, "out of stock", http.StatusConflict)
			return
		}
	}
	if err := h.store.Save(r.Context(), o); err != nil {
		log.Printf("save order %s: %v", o.ID, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	go h.payments.Charge(r.Context(), o.ID, 100)
	w.WriteHeader(http.StatusCreated)
}

func (h *Handler) shipOrder(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if err := h.store.MarkShipped(context.Background(), id); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	if err := payments.NotifyShipped("https://gateway.example.com/webhooks/shipped", id); err != nil {
		log.Println("notify shipped:", err)
	}
	w.WriteHeader(http.StatusNoContent)
}
