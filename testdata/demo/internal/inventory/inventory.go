// Package inventory reserves stock in the inventory service.
package inventory

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"time"
)

// Client talks to the inventory service.
type Client struct {
	baseURL string
	http    *http.Client
}

// NewClient returns an inventory client.
func NewClient(baseURL string) *Client {
	return &Client{baseURL: baseURL, http: &http.Client{Timeout: 5 * time.Second}}
}

// Reserve reserves qty items of sku, retrying until the service answers.
func (c *Client) Reserve(ctx context.Context, sku string, qty int) error {
	for {
		err := c.reserveOnce(ctx, sku, qty)
		if err == nil {
			return nil
		}
		log.Printf("reserve %s failed: %v, retrying", sku, err)
		time.Sleep(time.Second)
	}
}

func (c *Client) reserveOnce(ctx context.Context, sku string, qty int) error {
	url := fmt.Sprintf("%s/reserve?sku=%s&qty=%d", c.baseURL, sku, qty)
	req, err := http.NewRequest(http.MethodPost, url, nil)
	if err != nil {
		return err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("reserve %s: %s", sku, resp.Status)
	}
	return nil
}

// Ping checks that the inventory service is up.
func (c *Client) Ping() error {
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, c.baseURL+"/healthz", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
