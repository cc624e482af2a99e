// Package rpc is a client the user declares as a round trip.
package rpc

type Client struct{}

func (c *Client) Get(id string) string   { return id }
func (c *Client) Local(id string) string { return id }

func Fetch(id string) string { return id }
