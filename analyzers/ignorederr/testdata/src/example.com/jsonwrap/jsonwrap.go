// Package jsonwrap holds first-party wrappers of encoding/json (hatchet's
// datautils.ToJSONMap): the facts are checked here and used in
// example.com/jsonuse.
package jsonwrap

import (
	"encoding/json"
	"fmt"
	"io"
)

// ToJSONMap marshals data and unmarshals it into a map (hatchet's).
func ToJSONMap(data any) (map[string]any, error) { // want ToJSONMap:"jsonerr:object0"
	jsonBytes, err := json.Marshal(data)
	if err != nil {
		return nil, err
	}
	return JSONBytesToMap(jsonBytes)
}

// JSONBytesToMap decodes JSON text into a map: it fails unless the text is
// an object, so calling it is not benign on its own.
func JSONBytesToMap(jsonBytes []byte) (map[string]any, error) { // want JSONBytesToMap:"jsonerr:decodeobject0"
	dataMap := map[string]any{}
	err := json.Unmarshal(jsonBytes, &dataMap)
	if err != nil {
		return nil, err
	}
	if dataMap == nil {
		return map[string]any{}, nil
	}
	return dataMap, nil
}

// Encode is json.Marshal under another name.
func Encode(v any) ([]byte, error) { // want Encode:"jsonerr:encode0"
	return json.Marshal(v)
}

// Pretty encodes its second parameter.
func Pretty(prefix string, v any) (string, error) { // want Pretty:"jsonerr:encode1"
	b, err := json.MarshalIndent(v, prefix, "  ")
	return string(b), err
}

// ToAny round-trips through an any, which any valid JSON decodes into.
func ToAny(v any) (out any, err error) { // want ToAny:"jsonerr:encode0"
	b, err := json.Marshal(v)
	if err != nil {
		return
	}
	err = json.Unmarshal(b, &out)
	return
}

// Encoder wraps Encode in a method.
type Encoder struct{ Prefix string }

func (e Encoder) Encode(v any) ([]byte, error) { // want Encode:"jsonerr:encode0"
	return Encode(v)
}

// The rest earn no fact.

// Reassigned encodes something other than what it was given.
func Reassigned(v any) ([]byte, error) {
	if s, ok := v.(fmt.Stringer); ok {
		v = s.String()
	}
	return json.Marshal(v)
}

// Both encodes two parameters: which one failed?
func Both(a, b any) ([]byte, error) {
	x, err := json.Marshal(a)
	if err != nil {
		return nil, err
	}
	y, err := json.Marshal(b)
	return append(x, y...), err
}

// Wrapped returns a new error, not json's.
func Wrapped(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return b, nil
}

// IntoStruct decodes into a struct: a field of the wrong type fails.
func IntoStruct(v any) (out struct{ N int }, err error) {
	b, err := json.Marshal(v)
	if err != nil {
		return out, err
	}
	err = json.Unmarshal(b, &out)
	return out, err
}

// Spliced changes the bytes between encoding and decoding.
func Spliced(v any) (map[string]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	b = append([]byte("["), b...)
	return JSONBytesToMap(b)
}

// Patched writes into the bytes before decoding them.
func Patched(v any) (map[string]any, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	b[0] = '['
	return JSONBytesToMap(b)
}

// Stream writes to a writer, which can fail for reasons of its own.
func Stream(w io.Writer, v any) error {
	return json.NewEncoder(w).Encode(v)
}

// Fields passes its variadic parameter.
func Fields(vs ...any) ([]byte, error) {
	return json.Marshal(vs)
}
