// Package jsonuse calls the wrappers of example.com/jsonwrap: a dropped
// error is benign when the argument cannot fail to encode (and, for
// ToJSONMap, encodes as a JSON object).
package jsonuse

import (
	"encoding/json"
	"errors"
	"time"

	"example.com/jsonwrap"
)

type payload struct {
	JobRunID string  `json:"job_run_id"`
	Reason   *string `json:"reason,omitempty"`
	Retries  *int32  `json:"retries,omitempty"`
	At       time.Time
	Labels   map[string]string
}

type floatKeys struct{ M map[float64]string }

type custom struct{ ID string }

func (custom) MarshalJSON() ([]byte, error) { return nil, errors.New("custom") }

// code is an integer key with its own text: encoding/json calls it.
type code int

func (code) MarshalText() ([]byte, error) { return nil, errors.New("code") }

type withChan struct{ C chan int }

type withNumber struct{ N json.Number }

type withAny struct{ V any }

func _(id string, reason string, retries int32, v any, b []byte) (map[string]any, error) {
	p1, _ := jsonwrap.ToJSONMap(payload{JobRunID: id, Reason: &reason, Retries: &retries}) // ok: strings, pointers to plain values, a time
	p2, _ := jsonwrap.ToJSONMap(&payload{JobRunID: id})                                    // ok: a pointer to the same
	p3, _ := jsonwrap.ToJSONMap(map[string]int{"n": 1})                                    // ok: a map is an object
	p4, _ := jsonwrap.ToJSONMap(nil)                                                       // ok: null decodes into a map
	p5, _ := jsonwrap.ToJSONMap(struct{ ID string }{id})                                   // ok: an anonymous struct of a string
	p6, _ := jsonwrap.ToJSONMap(withAny{V: id})                                            // ok: the interface holds a string
	b1, _ := jsonwrap.Encode("text")                                                       // ok: a string encodes, and Encode does not decode
	s1, _ := jsonwrap.Pretty("  ", []int{1})                                               // ok: the encoded parameter is the second
	a1, _ := jsonwrap.ToAny([]string{id})                                                  // ok: any valid JSON decodes into an any
	e1, _ := jsonwrap.Encoder{}.Encode(payload{})                                          // ok: a method with the fact
	e2, _ := jsonwrap.Encoder.Encode(jsonwrap.Encoder{}, 1)                                // ok: a method expression: the receiver comes first
	jsonwrap.Encode(id)                                                                    // ok: a dropped call of the same

	n1, _ := jsonwrap.ToJSONMap(v)                      // want `error from jsonwrap.ToJSONMap is discarded but n1 is used`
	n2, _ := jsonwrap.ToJSONMap(floatKeys{})            // want `error from jsonwrap.ToJSONMap is discarded but n2 is used`
	n3, _ := jsonwrap.ToJSONMap(custom{ID: id})         // want `error from jsonwrap.ToJSONMap is discarded but n3 is used`
	n4, _ := jsonwrap.ToJSONMap(id)                     // want `error from jsonwrap.ToJSONMap is discarded but n4 is used`
	n5, _ := jsonwrap.ToJSONMap([]string{id})           // want `error from jsonwrap.ToJSONMap is discarded but n5 is used`
	n6, _ := jsonwrap.ToJSONMap(time.Now())             // want `error from jsonwrap.ToJSONMap is discarded but n6 is used`
	n7, _ := jsonwrap.ToJSONMap(withChan{})             // want `error from jsonwrap.ToJSONMap is discarded but n7 is used`
	n8, _ := jsonwrap.ToJSONMap(withNumber{N: "1e400"}) // want `error from jsonwrap.ToJSONMap is discarded but n8 is used`
	n9, _ := jsonwrap.ToJSONMap(withAny{V: v})          // want `error from jsonwrap.ToJSONMap is discarded but n9 is used`
	m1, _ := jsonwrap.JSONBytesToMap(b)                 // want `error from jsonwrap.JSONBytesToMap is discarded but m1 is used`
	m2, _ := jsonwrap.Encode(v)                         // want `error from jsonwrap.Encode is discarded but m2 is used`
	m3, _ := jsonwrap.Reassigned(id)                    // want `error from jsonwrap.Reassigned is discarded but m3 is used`
	m4, _ := jsonwrap.Both(id, id)                      // want `error from jsonwrap.Both is discarded but m4 is used`
	m5, _ := jsonwrap.Wrapped(id)                       // want `error from jsonwrap.Wrapped is discarded but m5 is used`
	m6, _ := jsonwrap.IntoStruct(struct{ N int }{N: 1}) // want `error from jsonwrap.IntoStruct is discarded but m6 is used`
	m7, _ := jsonwrap.Spliced(payload{})                // want `error from jsonwrap.Spliced is discarded but m7 is used`
	m8, _ := jsonwrap.Patched(payload{})                // want `error from jsonwrap.Patched is discarded but m8 is used`
	m9, _ := jsonwrap.Fields(id)                        // want `error from jsonwrap.Fields is discarded but m9 is used`
	k1, _ := jsonwrap.ToJSONMap(map[code]string{})      // want `error from jsonwrap.ToJSONMap is discarded but k1 is used`
	jsonwrap.Encode(v)                                  // want `error from jsonwrap.Encode is dropped`
	use(p1, p2, p3, p4, p5, p6, b1, s1, a1, e1, e2, n1, n2, n3, n4, n5, n6, n7, n8, n9, m1, m2, m3, m4, m5, m6, m7, m8, m9, k1)
	return nil, nil
}

func use(...any) {}
