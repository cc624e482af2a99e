package app

import "example.com/cli"

func _(env *cli.Env, v any) error {
	// A print wrapper writes to the receiver's writer; a writer passed in
	// is the caller's to judge.
	env.Printf("done\n")    // ok: a print wrapper, like fmt.Fprintf to an io.Writer
	env.Println("done")     // ok: the same, through a named result
	env.Say("done")         // ok: a wrapper of a wrapper
	s, _ := cli.ToString(v) // ok: its error is always nil
	env.WriteFile(s)        // want `error from env.WriteFile is dropped`
	n, _ := cli.ToInt(v)    // want `error from cli.ToInt is discarded but n is used`
	cli.Keep(nil)           // want `error from cli.Keep is dropped`
	cli.Later()             // want `error from cli.Later is dropped`
	cli.Addr()              // want `error from cli.Addr is dropped`
	cli.Panics()            // want `error from cli.Panics is dropped`
	cli.Render(env.File, s) // want `error from cli.Render is dropped`
	println(n)
	return nil
}
