// Command orders serves the orders API.
package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"example.com/demo/internal/api"
	"example.com/demo/internal/inventory"
	"example.com/demo/internal/payments"
	"example.com/demo/internal/store"
)

func main() {
	db, err := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	h := api.NewHandler(store.New(db), payments.NewClient(os.Getenv("PAYMENTS_URL")), inventory.NewClient(os.Getenv("INVENTORY_URL")))
	log.Fatal(http.ListenAndServe(":8080", h))
}
