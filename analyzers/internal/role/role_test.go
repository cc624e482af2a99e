package role_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/role"
)

// stubs are minimal packages at their real import paths, holding only what
// the rules look at.
var stubs = map[string]string{
	"testing": `package testing
type T struct{}
type B struct{}
type F struct{}
type M struct{}
type TB interface{ Helper() }
func Testing() bool { return false }`,
	"net/http":                 `package http; type Client struct{}`,
	"example.com/svc/store":    `package store; type DB struct{}`,
	"example.com/la":           `package la; type Matrix struct{}`,
	"example.com/svc/fakecli":  `package fakecli; type Command struct{}`,
	"github.com/spf13/cobra":   `package cobra; type Command struct{ Use string }; var EnableCommandSorting = true`,
	"github.com/urfave/cli":    `package cli; type App struct{}; type Context struct{}; type Command struct{}`,
	"github.com/urfave/cli/v2": `package cli; type App struct{}; type Context struct{}; type Command struct{}`,
	"github.com/urfave/cli/v3": `package cli; type Command struct{}`,
	"github.com/alecthomas/kong": `package kong
type Kong struct{}
type Context struct{}
func Parse(cli any) *Context { return nil }`,
	"gopkg.in/alecthomas/kingpin.v2": `package kingpin
type Application struct{}
type CmdClause struct{}
type ParseContext struct{}
func New(name, help string) *Application { return nil }`,
	"github.com/alecthomas/kingpin/v2": `package kingpin; type Application struct{}`,
}

// stubImporter type-checks stubs on demand.
type stubImporter struct {
	fset *token.FileSet
	pkgs map[string]*types.Package
}

func (im *stubImporter) Import(path string) (*types.Package, error) {
	if pkg, ok := im.pkgs[path]; ok {
		return pkg, nil
	}
	src, ok := stubs[path]
	if !ok {
		return nil, fmt.Errorf("no stub for %s", path)
	}
	f, err := parser.ParseFile(im.fset, path+"/stub.go", src, 0)
	if err != nil {
		return nil, err
	}
	pkg, err := (&types.Config{Importer: im}).Check(path, im.fset, []*ast.File{f}, nil)
	if err != nil {
		return nil, err
	}
	im.pkgs[path] = pkg
	return pkg, nil
}

// load type-checks the package at path from files (name: source).
func load(t *testing.T, path string, files map[string]string) (*token.FileSet, []*ast.File, *types.Package) {
	t.Helper()
	fset := token.NewFileSet()
	var syntax []*ast.File
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, files[name], 0)
		if err != nil {
			t.Fatal(err)
		}
		syntax = append(syntax, f)
	}
	im := &stubImporter{fset: fset, pkgs: make(map[string]*types.Package)}
	pkg, err := (&types.Config{Importer: im}).Check(path, fset, syntax, nil)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return fset, syntax, pkg
}

func TestTestSupportReason(t *testing.T) {
	for _, tc := range []struct {
		desc, path string
		files      map[string]string
		want       string
	}{
		// Production code, whatever it imports or is called.
		{
			desc: "testing.Testing() switches on debug checks",
			path: "example.com/svc/sched",
			files: map[string]string{"sched.go": `package sched
import "testing"
var debug = testing.Testing()
func Run() {}`},
		},
		{
			desc: "one helper file beside a production API",
			path: "example.com/svc/drivers",
			files: map[string]string{
				"drivers.go": `package drivers
type Driver struct{}
func New() *Driver { return nil }
func Open(name string) (*Driver, error) { return nil, nil }
func Close(d *Driver) {}`,
				"testing.go": `package drivers
import "testing"
func NewForTest(t testing.TB) *Driver { return nil }`,
			},
		},
		{
			desc:  "a name that ends in test",
			path:  "example.com/svc/latest",
			files: map[string]string{"latest.go": `package latest; func Version() string { return "" }`},
		},
		{
			desc: "a name that ends in test, importing testing",
			path: "example.com/svc/contest",
			files: map[string]string{"contest.go": `package contest
import "testing"
func Enter(name string) bool { return !testing.Testing() }`},
		},
		{
			desc: "xtest where x is imported only by a _test.go file",
			path: "example.com/svc/latest",
			files: map[string]string{
				"latest.go":      `package latest; func Version() string { return "" }`,
				"latest_test.go": `package latest; import "example.com/la"; var _ la.Matrix`,
			},
		},
		{
			desc: "exported Test functions of _test.go files do not count",
			path: "example.com/svc/billing",
			files: map[string]string{
				"billing.go":      `package billing; func Charge() {}`,
				"billing_test.go": `package billing; import "testing"; func TestA(t *testing.T) {}; func TestB(t *testing.T) {}`,
			},
		},
		{
			desc:  "half of the exported functions is not most",
			path:  "example.com/svc/clock",
			files: map[string]string{"clock.go": `package clock; import "testing"; func Now() int { return 0 }; func Freeze(t *testing.T) {}`},
		},
		{
			desc:  "only _test.go files",
			path:  "example.com/svc/onlytests",
			files: map[string]string{"x_test.go": `package onlytests; import "testing"; func Check(t *testing.T) {}`},
		},
		{
			desc:  "testing methods do not count, only functions",
			path:  "example.com/svc/suite",
			files: map[string]string{"suite.go": `package suite; import "testing"; type S struct{}; func (S) Setup(t *testing.T) {}; func New() S { return S{} }`},
		},

		// Test support.
		{
			desc:  "testutil",
			path:  "example.com/svc/internal/testutil",
			files: map[string]string{"db.go": `package testutil; func DB() {}`},
			want:  "package name testutil",
		},
		{
			desc:  "testhelpers",
			path:  "example.com/svc/helpers",
			files: map[string]string{"h.go": `package testhelpers; func H() {}`},
			want:  "package name testhelpers",
		},
		{
			desc:  "e2e harness",
			path:  "example.com/svc/test/e2e",
			files: map[string]string{"harness.go": `package e2e; func Serve() {}`},
			want:  "package name e2e",
		},
		{
			desc:  "the testing package",
			path:  "testing",
			files: map[string]string{"testing.go": `package testing; type T struct{}`},
			want:  "package name testing",
		},
		{
			desc:  "under internal/testing",
			path:  "example.com/svc/internal/testing/clock",
			files: map[string]string{"clock.go": `package clock; func Now() {}`},
			want:  "import path element testing",
		},
		{
			desc:  "test fixtures: containers and seed data for tests",
			path:  "example.com/svc/pkg/testfixtures/storage",
			files: map[string]string{"postgres.go": `package storage; func RunPostgres() string { return "" }`},
			want:  "import path element testfixtures",
		},
		{
			desc:  "hand-written mocks",
			path:  "example.com/svc/internal/mocks",
			files: map[string]string{"oidc.go": `package mocks; func NewOIDCServer() {}`},
			want:  "package name mocks",
		},
		{
			desc:  "fuzz harnesses",
			path:  "example.com/svc/pkg/fuzz",
			files: map[string]string{"fuzz.go": `package fuzz; func Entry(data []byte) int { return 0 }`},
			want:  "package name fuzz",
		},
		{
			desc:  "example code",
			path:  "example.com/svc/examples/go/dag",
			files: map[string]string{"main.go": `package main; func main() {}`},
			want:  "import path element examples",
		},
		{
			desc:  "a package about examples is production code",
			path:  "example.com/svc/internal/example",
			files: map[string]string{"store.go": `package example; func Load() {}`},
		},
		{
			desc:  "under testutil",
			path:  "example.com/svc/testutil/db",
			files: map[string]string{"db.go": `package db; func Open() {}`},
			want:  "import path element testutil",
		},
		{
			desc: "xtest importing x",
			path: "example.com/svc/kits/storetest",
			files: map[string]string{"storetest.go": `package storetest
import "example.com/svc/store"
func NewDB() *store.DB { return nil }`},
			want: "package name storetest, a test kit for the package example.com/svc/store it imports",
		},
		{
			desc:  "xtest beside x, past a major version",
			path:  "example.com/pgx/v5/pgxtest",
			files: map[string]string{"pgxtest.go": `package pgxtest; func Modes() []string { return nil }`},
			want:  "package name pgxtest, a test kit for its parent directory pgx",
		},
		{
			desc: "xtest whose exported functions take a testing type",
			path: "example.com/svc/kits/clocktest",
			files: map[string]string{"clocktest.go": `package clocktest
import "testing"
func Advance(t *testing.T) {}
func Now() int { return 0 }
func Zone() string { return "" }`},
			want: "package name clocktest, and Advance takes a testing type",
		},
		{
			desc: "most exported functions take a testing type",
			path: "example.com/svc/assert",
			files: map[string]string{"assert.go": `package assert
import "testing"
func Equal(t testing.TB, a, b any) {}
func NoError(t *testing.T, err error) {}
func Diff(a, b any) string { return "" }
func unexported() {}`},
			want: "2 of 3 exported functions take a testing type",
		},
		{
			desc: "benchmarks and fuzz helpers, through an alias",
			path: "example.com/svc/fixtures",
			files: map[string]string{"fixtures.go": `package fixtures
import "testing"
type TB = testing.TB
func Load(tb TB, name string) []byte { return nil }
func Bench(b *testing.B) {}
func Seed(f *testing.F) {}`},
			want: "3 of 3 exported functions take a testing type",
		},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			fset, files, pkg := load(t, tc.path, tc.files)
			if got := role.TestSupportReason(fset, files, pkg); got != tc.want {
				t.Errorf("TestSupportReason(%s) = %q, want %q", tc.path, got, tc.want)
			}
		})
	}
}

func TestIsCommand(t *testing.T) {
	for _, tc := range []struct {
		desc, path, src string
		want            bool
	}{
		{"package main", "example.com/x/tool", `package main; func main() {}`, true},
		{"a cobra tree at /cmd", "example.com/x/cmd", `package cmd; func Execute() {}`, true},
		{"under cmd/", "example.com/x/cmd/tool/ui", `package ui; func Draw() {}`, true},
		{"the go command", "cmd/go/internal/work", `package work; func Build() {}`, true},
		{"internal/cli", "example.com/x/internal/cli", `package cli; func Run() {}`, true},
		{"under cli/", "example.com/x/internal/cli/render", `package render; func Table() {}`, true},
		{"package commands", "example.com/x/internal/ops", `package commands; func List() {}`, true},
		{"a cobra root command", "example.com/x/app", `package app
import "github.com/spf13/cobra"
var root = &cobra.Command{Use: "app"}`, true},
		{"a cobra command constructor, renamed import", "example.com/x/serve", `package serve
import c "github.com/spf13/cobra"
func New() *c.Command { return nil }`, true},
		{"urfave/cli v1 actions", "example.com/x/actions", `package actions
import "github.com/urfave/cli"
func Serve(c *cli.Context) error { return nil }`, true},
		{"urfave/cli v2 command list", "example.com/x/commandset", `package commandset
import "github.com/urfave/cli/v2"
func All() []*cli.Command { return nil }`, true},
		{"urfave/cli v3 commands in a struct", "example.com/x/tree", `package tree
import "github.com/urfave/cli/v3"
type Tree struct{ Root *cli.Command }`, true},
		{"kong command with a Run method", "example.com/x/kongcmds", `package kongcmds
import "github.com/alecthomas/kong"
type ServeCmd struct{ Port int }
func (s *ServeCmd) Run(ctx *kong.Context) error { return nil }`, true},
		{"kingpin application", "example.com/x/kp", `package kp
import "gopkg.in/alecthomas/kingpin.v2"
var app = kingpin.New("kp", "")`, true},
		{"kingpin v2 module in a map", "example.com/x/kp2", `package kp2
import "github.com/alecthomas/kingpin/v2"
var apps map[string]*kingpin.Application`, true},

		{"a service package", "example.com/x/scheduler", `package scheduler; func Run() {}`, false},
		{"cmd as part of an element", "example.com/x/cmdutil", `package cmdutil; func Flags() {}`, false},
		{"client is not cli", "example.com/x/client", `package client; func Dial() {}`, false},
		{"imports cobra, declares no command", "example.com/x/sorting", `package sorting
import "github.com/spf13/cobra"
var sorted = cobra.EnableCommandSorting`, false},
		{"a type named Command elsewhere", "example.com/x/jobs", `package jobs
import "example.com/svc/fakecli"
var root = &fakecli.Command{}`, false},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			_, _, pkg := load(t, tc.path, map[string]string{"x.go": tc.src})
			if got := role.IsCommand(pkg); got != tc.want {
				t.Errorf("IsCommand(%s) = %v, want %v", tc.path, got, tc.want)
			}
		})
	}
}
