// Package fake has types named like net/http's.
package fake

type Client struct{ Timeout int }

func (*Client) Get(string) {}

type Server struct{ Addr string }

func Get(string) {}

func ListenAndServe(string, any) error { return nil }
