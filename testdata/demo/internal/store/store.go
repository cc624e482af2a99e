// Package store keeps orders in PostgreSQL.
package store

import (
	"context"
	"database/sql"
	"os"
	"time"
)

// Order is an order with its lines.
type Order struct {
	ID       string
	Customer string
	Lines    []Line
	Created  time.Time
}

// Line is one item of an order.
type Line struct {
	SKU string
	Qty int
}

// Store reads and writes orders.
type Store struct {
	db *sql.DB
}

// New returns a Store on db.
func New(db *sql.DB) *Store { return &Store{db: db} }

// RecentOrders returns the customer's recent orders with their lines.
func (s *Store) RecentOrders(ctx context.Context, customer string) ([]Order, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, created FROM orders WHERE customer = $1 ORDER BY created DESC LIMIT 50`, customer)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var orders []Order
	for rows.Next() {
		o := Order{Customer: customer}
		if err := rows.Scan(&o.ID, &o.Created); err != nil {
			return nil, err
		}
		orders = append(orders, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range orders {
		lines, err := s.lines(ctx, orders[i].ID)
		if err != nil {
			return nil, err
		}
		orders[i].Lines = lines
	}
	return orders, nil
}

func (s *Store) lines(ctx context.Context, orderID string) ([]Line, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT sku, qty FROM order_lines WHERE order_id = $1`, orderID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var lines []Line
	for rows.Next() {
		var l Line
		if err := rows.Scan(&l.SKU, &l.Qty); err != nil {
			return nil, err
		}
		lines = append(lines, l)
	}
	return lines, rows.Err()
}

// Save stores a new order and its lines in one transaction.
func (s *Store) Save(ctx context.Context, o Order) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO orders (id, customer) VALUES ($1, $2)`, o.ID, o.Customer); err != nil {
		return err
	}
	for _, l := range o.Lines {
		if _, err := tx.ExecContext(ctx, `INSERT INTO order_lines (order_id, sku, qty) VALUES ($1, $2, $3)`, o.ID, l.SKU, l.Qty); err != nil {
			return err
		}
	}
	tx.Commit()
	return nil
}

// MarkShipped records that an order left the warehouse.
func (s *Store) MarkShipped(ctx context.Context, orderID string) error {
	_, err := s.db.ExecContext(context.Background(), `UPDATE orders SET shipped = now() WHERE id = $1`, orderID)
	return err
}

// Export writes the day's orders to a CSV file for accounting.
func (s *Store) Export(ctx context.Context, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	rows, err := s.db.QueryContext(ctx, `SELECT id, customer FROM orders WHERE created > now() - interval '1 day'`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id, customer string
		if err := rows.Scan(&id, &customer); err != nil {
			return err
		}
		if _, err := f.WriteString(id + "," + customer + "\n"); err != nil {
			return err
		}
	}
	return rows.Err()
}
