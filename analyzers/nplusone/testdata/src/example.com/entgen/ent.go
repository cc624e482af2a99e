// Package entgen is the shape of a client that ent generates for a schema
// User with an edge to Post.
package entgen

import (
	"context"

	"entgo.io/ent"
)

type Hook = ent.Hook

type Client struct {
	User *UserClient
	Post *PostClient
}

func NewClient() *Client { return &Client{} }

func (c *Client) Use(hooks ...Hook) {}

type User struct {
	ID    int
	Edges UserEdges
}

type UserEdges struct{ Posts []*Post }

type Post struct{ ID int }

type UserClient struct{}

func (c *UserClient) Query() *UserQuery                              { return &UserQuery{} }
func (c *UserClient) Get(ctx context.Context, id int) (*User, error) { return nil, nil }
func (c *UserClient) Create() *UserCreate                            { return &UserCreate{} }

type PostClient struct{}

func (c *PostClient) Query() *PostQuery { return &PostQuery{} }

func (u *User) QueryPosts() *PostQuery { return &PostQuery{} }

type UserQuery struct{}

func (q *UserQuery) Where(ps ...func()) *UserQuery                 { return q }
func (q *UserQuery) WithPosts(opts ...func(*PostQuery)) *UserQuery { return q }
func (q *UserQuery) All(ctx context.Context) ([]*User, error)      { return nil, nil }
func (q *UserQuery) Only(ctx context.Context) (*User, error)       { return nil, nil }
func (q *UserQuery) Clone() *UserQuery                             { return q }

type PostQuery struct{}

func (q *PostQuery) All(ctx context.Context) ([]*Post, error) { return nil, nil }
func (q *PostQuery) Count(ctx context.Context) (int, error)   { return 0, nil }

type UserCreate struct{}

func (c *UserCreate) SetName(s string) *UserCreate            { return c }
func (c *UserCreate) Save(ctx context.Context) (*User, error) { return nil, nil }
