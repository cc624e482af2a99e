// Contexts that carry configuration, and Context variants that are not the
// same operation, are not lost contexts.
package carriers

import (
	"context"
	"net/http"

	"github.com/coreos/go-oidc/v3/oidc"
	"golang.org/x/oauth2"
)

type userKey struct{}

type Server struct {
	conf     *oauth2.Config
	hc       *http.Client
	provider *oidc.Provider
}

func (s *Server) do(ctx context.Context) {}

// oauth2 reads its HTTP client from the context: a carrier for a
// long-lived token source, not a request's scope.
func (s *Server) me(ctx context.Context, tok *oauth2.Token) error {
	cctx := context.WithValue(context.Background(), oauth2.HTTPClient, s.hc)
	client := s.conf.Client(cctx, tok)
	req, err := http.NewRequestWithContext(ctx, "GET", "https://api.example.com/me", nil)
	if err != nil {
		return err
	}
	_, err = client.Do(req)
	return err
}

// Any other value on a fresh context still loses the one in scope.
func (s *Server) withUser(ctx context.Context) {
	uctx := context.WithValue(context.Background(), userKey{}, "u") // want `context.Background\(\) discards the context in scope`
	s.do(uctx)
}

// VerifierContext is not Verifier with a context: it ignores cancellation
// and drops the key cache. No report, no fix.
func (s *Server) verify(ctx context.Context, raw string) error {
	_, err := s.provider.Verifier(&oidc.Config{ClientID: "app"}).Verify(ctx, raw)
	return err
}
