// Package testson has handlers in its tests only.
package testson

import "net/http"

var _ http.Handler
