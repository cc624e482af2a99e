package libs_test

import (
	"go/token"
	"go/types"
	"testing"

	"github.com/prodvet/prodvet/analyzers/internal/libs"
)

// function makes a package-level function name of the package at path.
func function(path, name string) *types.Func {
	pkg := types.NewPackage(path, path)
	return types.NewFunc(token.NoPos, pkg, name, types.NewSignatureType(nil, nil, nil, nil, nil, false))
}

func TestLookupLog(t *testing.T) {
	tests := []struct {
		fn    *types.Func
		lib   libs.Logger // 0: not a logging call
		shape libs.LogShape
		exits bool
	}{
		{function(libs.LogPath, "Printf"), libs.LogStd, libs.ShapeStd, false},
		{function(libs.LogPath, "Fatalf"), libs.LogStd, libs.ShapeStd, true},
		{method(libs.LogPath, "Logger", "Fatal"), libs.LogStd, libs.ShapeStd, true},
		{function(libs.SlogPath, "Info"), libs.LogSlog, libs.ShapeKV, false},
		{method(libs.ZapPath, "Logger", "Fatal"), libs.LogZap, libs.ShapeKV, true},
		{method(libs.ZapPath, "SugaredLogger", "Infow"), libs.LogSugar, libs.ShapeKV, false},
		{method(libs.ZapPath, "SugaredLogger", "Fatalf"), libs.LogSugar, libs.ShapePrintf, true},
		{function(libs.LogrusPath, "Fatalln"), libs.LogLogrus, libs.ShapeSprint, true},
		{function(libs.KlogPath, "Exitf"), libs.LogKlog, libs.ShapePrintf, true},
		{method(libs.ZerologPath, "Event", "Msgf"), libs.LogZerolog, libs.ShapePrintf, false},
		{function(libs.FmtPath, "Sprintf"), 0, 0, false},
		{function("example.com/log", "Fatal"), 0, 0, false},
	}
	for _, tt := range tests {
		a, ok := libs.LookupLog(tt.fn)
		if ok != (tt.lib != 0) || a.Lib != tt.lib || a.Shape != tt.shape || a.Exits != tt.exits {
			t.Errorf("LookupLog(%s) = %+v, %v; want library %d, shape %d, exits %v", tt.fn.FullName(), a, ok, tt.lib, tt.shape, tt.exits)
		}
		if got := libs.ExitsProcess(tt.fn); got != tt.exits {
			t.Errorf("ExitsProcess(%s) = %v, want %v", tt.fn.FullName(), got, tt.exits)
		}
	}
	for _, fn := range []*types.Func{function("os", "Exit"), function("syscall", "Exit"), function(libs.LogrusPath, "Exit"),
		method(libs.LogrusPath, "Logger", "Exit"), function(libs.ZerologLogPath, "Fatal"), method(libs.ZerologPath, "Logger", "Fatal")} {
		if !libs.ExitsProcess(fn) {
			t.Errorf("ExitsProcess(%s) = false, want true", fn.FullName())
		}
	}
}

func TestHTTPClientConstructor(t *testing.T) {
	tests := []struct {
		fn   *types.Func
		kind libs.HTTPClientKind
	}{
		{function(libs.CleanhttpPath, "DefaultPooledClient"), libs.PlainClient},
		{function(libs.RetryablehttpPath, "NewClient"), libs.RetryClient},
		{function(libs.CleanhttpPath, "DefaultTransport"), 0},
		{function("net/http", "NewRequest"), 0},
	}
	for _, tt := range tests {
		if kind, ok := libs.HTTPClientConstructor(tt.fn); kind != tt.kind || ok != (tt.kind != 0) {
			t.Errorf("HTTPClientConstructor(%s) = %d, %v; want %d", tt.fn.FullName(), kind, ok, tt.kind)
		}
	}
}
