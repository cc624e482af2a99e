// Package ctxprop defines an Analyzer that will report contexts that are dropped, replaced or never passed on.
//
// # Analyzer ctxprop
//
// ctxprop: report contexts that are dropped, replaced or never passed on
//
// Not written yet.
//
// Category pending: nothing is reported yet.
package ctxprop
