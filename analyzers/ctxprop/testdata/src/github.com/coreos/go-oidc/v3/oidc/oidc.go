// Package oidc is a stub of github.com/coreos/go-oidc/v3/oidc.
package oidc

import "context"

type Config struct{ ClientID string }

type IDToken struct{ Subject string }

type IDTokenVerifier struct{}

func (v *IDTokenVerifier) Verify(ctx context.Context, raw string) (*IDToken, error) { return nil, nil }

type Provider struct{}

func (p *Provider) Verifier(config *Config) *IDTokenVerifier { return nil }

// VerifierContext ignores ctx's cancellation and builds a new remote key
// set on every call, as go-oidc's does.
func (p *Provider) VerifierContext(ctx context.Context, config *Config) *IDTokenVerifier {
	return nil
}
