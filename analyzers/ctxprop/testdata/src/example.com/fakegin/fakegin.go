// Package fakegin has a type named Context that is no request scope.
package fakegin

type Context struct{ Name string }
