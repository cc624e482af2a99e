// Package orders is the fixture of .ci/golangci-lint: a hazard of four
// analyzers, and one finding silenced each way a golangci-lint user can.
package orders

import (
	"context"
	"database/sql"
	"log"
	"net/http"
	"os"
)

// Client has no timeout (httptimeout).
var Client = &http.Client{}

// legacyClient is silenced for golangci-lint, which honours //nolint only
// under the linter's name, prodvet.
var legacyClient = &http.Client{} //nolint:prodvet // replaced by Client in the next release

// probeClient is silenced by prodvet's own directive, which works under
// every driver.
//
//prodvet:ignore httptimeout -- the prober sets a deadline on every request
var probeClient = &http.Client{}

// Save drops the error of os.WriteFile (ignorederr).
func Save(path string, data []byte) error {
	os.WriteFile(path, data, 0o644)
	return nil
}

// Totals queries once per order (nplusone).
func Totals(ctx context.Context, db *sql.DB, ids []int) ([]int, error) {
	var totals []int
	for _, id := range ids {
		var total int
		if err := db.QueryRowContext(ctx, "SELECT total FROM orders WHERE id = $1", id).Scan(&total); err != nil {
			return nil, err
		}
		totals = append(totals, total)
	}
	return totals, nil
}

// Report logs with the standard log package in a library (unstructuredlog).
func Report(n int) {
	log.Printf("loaded %d orders", n)
}

var _, _ = legacyClient, probeClient
