package excludeflag

import (
	"bytes"
	"fmt"
	"os"
)

type Repo struct{}

func (*Repo) Save() error { return nil }
func (Repo) Ping() error  { return nil }
func Cleanup() error      { return nil }

func _(r *Repo, v Repo) error {
	r.Save()       // ok: excluded as (*excludeflag.Repo).Save
	v.Ping()       // ok: excluded as (excludeflag.Repo).Ping
	Cleanup()      // ok: excluded as excludeflag.Cleanup
	os.Remove("x") // ok: excluded as os.Remove
	var buf bytes.Buffer
	buf.WriteString("x") // want `error from buf.WriteString is dropped`
	fmt.Println("x")     // want `error from fmt.Println is dropped`
	return nil
}
