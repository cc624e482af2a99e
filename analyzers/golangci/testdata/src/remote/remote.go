// Package remote is an API that makes a round trip prodvet cannot know
// about unless nplusone.funcs names it.
package remote

func Fetch(id string) string { return id }
