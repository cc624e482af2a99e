// Package ent is a stub of entgo.io/ent, the runtime that generated ent
// clients refer to.
package ent

type Hook func(Mutator) Mutator

type Mutator interface{ Mutate() }
