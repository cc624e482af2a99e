// Package fx is a minimal stub of go.uber.org/fx holding what shutdown matches.
package fx

type Option interface{}

type App struct{}

func New(opts ...Option) *App    { return &App{} }
func Invoke(funcs ...any) Option { return nil }

// Run starts the application, blocks on a signal, then stops it.
func (app *App) Run() {}
