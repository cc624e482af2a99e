package variant

import (
	"context"
	"net/http"
)

// A go-swagger style params builder: the context is attached by a method.
type GetParams struct {
	Context context.Context
	ID      string
}

func NewGetParams() *GetParams                               { return &GetParams{} }
func NewGetParamsWithContext(ctx context.Context) *GetParams { return &GetParams{Context: ctx} }

func (p *GetParams) WithContext(ctx context.Context) *GetParams { p.Context = ctx; return p }
func (p *GetParams) SetContext(ctx context.Context)             { p.Context = ctx }
func (p *GetParams) WithID(id string) *GetParams                { p.ID = id; return p }

func send(p *GetParams) {}

func builders(ctx context.Context, r *http.Request) {
	send(NewGetParams().WithContext(ctx).WithID("x")) // ok: chained WithContext
	p := NewGetParams()                               // ok: SetContext below
	p.SetContext(ctx)
	send(p)
	q := NewGetParams() // ok: Context field assigned below
	q.Context = ctx
	send(q)
	req, _ := http.NewRequest("GET", "http://x", nil) // ok: chained on the variable below
	_ = req.Clone(ctx)
	send(NewGetParams().WithID("x")) // want `NewGetParams does not take the context in scope .*; use NewGetParamsWithContext`
	s := NewGetParams()              // want `NewGetParams does not take the context in scope`
	s.WithID("y")
	send(s)
}

func chainedRequest(ctx context.Context) (*http.Request, error) {
	req, err := http.NewRequest("GET", "http://x", nil) // ok: given ctx in the return
	if err != nil {
		return nil, err
	}
	return req.WithContext(ctx), nil
}
