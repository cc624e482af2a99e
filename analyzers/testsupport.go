package analyzers

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/prodvet/prodvet/analyzers/internal/role"
)

// TestSupportReason returns why every analyzer of the suite skips pkg,
// type-checked from files, as a package that exists to support tests unless
// its -NAME.tests flag is set, or "" if they analyze it. The reason names
// the rule that matched. It is the rule the analyzers apply, for drivers to
// tell the user which packages were skipped.
func TestSupportReason(fset *token.FileSet, files []*ast.File, pkg *types.Package) string {
	return role.TestSupportReason(fset, files, pkg)
}
