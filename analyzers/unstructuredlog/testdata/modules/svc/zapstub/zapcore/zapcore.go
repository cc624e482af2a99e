// Package zapcore is a minimal stub of go.uber.org/zap/zapcore.
package zapcore

type Level int8

type Field struct {
	Key    string
	String string
}
