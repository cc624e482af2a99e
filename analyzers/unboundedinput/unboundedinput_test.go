package unboundedinput_test

import (
	"slices"
	"testing"

	"github.com/prodvet/prodvet/analyzers/unboundedinput"
	"golang.org/x/tools/go/analysis/analysistest"
)

func TestUnboundedInput(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer,
		"housestyle", "example.com/mail/apiv1", "example.com/mail/server", "example.com/mail/open",
		"example.com/svc/api", "example.com/svc/mw", "example.com/other/api",
		"samepkgmw", "routerlimit", "notmiddleware", "ginlimited", "echoapp", "echolimited",
		"fiberapp", "decompress", "zstdbounded", "lineread", "inputsize", "generated",
	)
}

// The scenarios with many reads of request bodies check each read, with
// -each-read: by default a package with more than three is reported once
// (housestyle).
func TestEachRead(t *testing.T) {
	a := unboundedinput.New(unboundedinput.Config{EachRead: true})
	analysistest.Run(t, analysistest.TestData(), a, "requestbody", "uploads", "ginapp", "echoapp")
}

func TestTestsFlag(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer, "testsoff", "testsoff/testutil")
	a := unboundedinput.New(unboundedinput.Config{Tests: true})
	analysistest.Run(t, analysistest.TestData(), a, "testson", "testson/testutil")
}

// The finding reported once for a package points at the other reads.
func TestHouseStyleRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), unboundedinput.Analyzer, "housestyle")
	var related []int
	for _, r := range results {
		for _, d := range r.Diagnostics {
			pos := r.Pass.Fset.Position(d.Pos)
			for _, rel := range d.Related {
				related = append(related, r.Pass.Fset.Position(rel.Pos).Line)
			}
			if pos.Line != 15 {
				t.Errorf("finding at line %d, want 15", pos.Line)
			}
		}
	}
	if want := []int{20, 24, 30}; !slices.Equal(related, want) {
		t.Errorf("related lines %v, want %v", related, want)
	}
}
