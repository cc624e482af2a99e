// Package retryablehttp is a stub of github.com/hashicorp/go-retryablehttp.
package retryablehttp

import "net/http"

type Client struct {
	HTTPClient *http.Client
	RetryMax   int
}

func NewClient() *Client { return nil }

func (c *Client) Get(url string) (*http.Response, error) { return nil, nil }

func (c *Client) StandardClient() *http.Client { return nil }
