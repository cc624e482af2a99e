package match

import "go/types"

// The error and context vocabulary. Each predicate accepts exactly what
// its name says; pick the narrowest one a rule needs.

var (
	errorType     = types.Universe.Lookup("error").Type()
	errorIface    = errorType.Underlying().(*types.Interface)
	contextMethod = []string{"Deadline", "Done", "Err", "Value"}
)

// IsErrorType reports whether t is the predeclared error type itself.
func IsErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, errorType)
}

// ImplementsError reports whether t, whatever its kind, implements error
// (syscall.Errno, a struct with an Error method, *MyErr, error itself).
func ImplementsError(t types.Type) bool {
	return t != nil && types.Implements(t, errorIface)
}

// IsErrorResult reports whether t is the type of an error result that
// callers compare with nil: error, or a pointer or interface type that
// implements it (*MyErr, an interface embedding error). A number that
// implements error, such as syscall.Errno, is a status code read on its
// own terms, not an error result.
func IsErrorResult(t types.Type) bool {
	if IsErrorType(t) {
		return true
	}
	if t == nil {
		return false
	}
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface:
		return ImplementsError(t)
	}
	return false
}

// IsContextType reports whether t is context.Context, through aliases.
func IsContextType(t types.Type) bool {
	return t != nil && IsNamed(t, "context", "Context")
}

// ImplementsContext reports whether t is context.Context or a type with
// its methods (a concrete context, such as gin's *Context or echo's).
func ImplementsContext(t types.Type) bool {
	if IsContextType(t) {
		return true
	}
	if t == nil {
		return false
	}
	ms := types.NewMethodSet(t)
	for _, name := range contextMethod {
		if ms.Lookup(nil, name) == nil {
			return false
		}
	}
	return true
}
