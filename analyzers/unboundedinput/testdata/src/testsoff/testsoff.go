// Package testsoff has handlers in its tests only.
package testsoff

import "net/http"

var _ http.Handler
