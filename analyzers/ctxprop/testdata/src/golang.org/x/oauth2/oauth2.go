// Package oauth2 is a stub of golang.org/x/oauth2.
package oauth2

import (
	"context"
	"net/http"
)

// HTTPClient is the context key whose value is the *http.Client oauth2 uses.
var HTTPClient struct{}

type Token struct{ AccessToken string }

type Config struct{ ClientID string }

// Client's token source keeps ctx, and its HTTP client, for later refreshes.
func (c *Config) Client(ctx context.Context, t *Token) *http.Client {
	hc, _ := ctx.Value(HTTPClient).(*http.Client)
	return hc
}
