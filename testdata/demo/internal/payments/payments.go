// Package payments talks to the payment gateway.
package payments

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Client charges cards through the gateway.
type Client struct {
	baseURL string
	http    *http.Client
}

// NewClient returns a gateway client.
func NewClient(baseURL string) *Client {
	return &Client{
		baseURL: baseURL,
		http:    &http.Client{Transport: http.DefaultTransport},
	}
}

// Charge charges amount cents to the order's card.
func (c *Client) Charge(ctx context.Context, orderID string, amount int64) error {
	body, err := json.Marshal(map[string]any{"order": orderID, "amount": amount})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/charges", bytes.NewReader(body))
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("charge %s: gateway said %s", orderID, resp.Status)
	}
	return nil
}

// NotifyShipped tells the gateway an order shipped, so it can capture.
func NotifyShipped(webhookURL, orderID string) error {
	resp, err := http.Post(webhookURL, "application/json", bytes.NewReader([]byte(`{"order":"`+orderID+`"}`)))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
