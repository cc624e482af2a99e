package libs_test

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
)

// named makes the named type path.name, a struct or an interface.
func named(path, name string, iface bool) *types.Named {
	pkg := types.NewPackage(path, path)
	var under types.Type = types.NewStruct(nil, nil)
	if iface {
		under = types.NewInterfaceType(nil, nil)
	}
	return types.NewNamed(types.NewTypeName(token.NoPos, pkg, name, nil), under, nil)
}

func TestRequestScopeOf(t *testing.T) {
	gin := named(libs.GinPath, "Context", false)
	echo := named(libs.EchoPath, "Context", true)
	fiber := named(libs.FiberPath, "Ctx", false)
	alias := types.NewAlias(types.NewTypeName(token.NoPos, types.NewPackage("example.com/web", "web"), "Ctx", nil), types.NewPointer(gin))
	tests := []struct {
		t    types.Type
		want string // the context expression's suffix; "" for none
		req  bool
	}{
		{types.NewPointer(gin), ".Request.Context()", true},
		{alias, ".Request.Context()", true},
		{echo, ".Request().Context()", true},
		{types.NewPointer(fiber), ".UserContext()", false},
		{gin, "", false},                    // handlers take *gin.Context
		{types.NewPointer(echo), "", false}, // a pointer to an interface
		{named("example.com/fakegin", "Context", false), "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		rs := libs.RequestScopeOf(tt.t)
		got, req := "", false
		if rs != nil {
			got, req = rs.Context, rs.ServerRequest
		}
		if got != tt.want || req != tt.req {
			t.Errorf("RequestScopeOf(%v) = %q, request %v; want %q, %v", tt.t, got, req, tt.want, tt.req)
		}
	}
}
