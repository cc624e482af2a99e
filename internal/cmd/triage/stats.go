package main

import (
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
)

// A tally counts one group's findings and the verdicts on them.
type tally struct {
	Findings                 int // all current findings, judged or not
	Judged, Real, Minor, FP  int
	estReal, estMinor, estFP float64 // scaled from the sample to all findings
}

func (t *tally) add(es []entry) {
	var g tally
	for _, e := range es {
		g.Findings++
		switch e.Verdict {
		case real:
			g.Real++
		case minor:
			g.Minor++
		case fp:
			g.FP++
		}
	}
	g.Judged = g.Real + g.Minor + g.FP
	if g.Judged > 0 {
		scale := float64(g.Findings) / float64(g.Judged)
		g.estReal, g.estMinor, g.estFP = scale*float64(g.Real), scale*float64(g.Minor), scale*float64(g.FP)
	}
	t.merge(g)
}

func (t *tally) merge(g tally) {
	t.Findings += g.Findings
	t.Judged += g.Judged
	t.Real += g.Real
	t.Minor += g.Minor
	t.FP += g.FP
	t.estReal += g.estReal
	t.estMinor += g.estMinor
	t.estFP += g.estFP
}

// rates returns real/n, (real+minor)/n and fp/n, estimated over all
// findings: a sampled group weighs as many findings as it has, not as many
// as were judged.
func (t tally) rates() (realPct, okPct, fpPct float64) {
	n := t.estReal + t.estMinor + t.estFP
	if n == 0 {
		return 0, 0, 0
	}
	return 100 * t.estReal / n, 100 * (t.estReal + t.estMinor) / n, 100 * t.estFP / n
}

// A table holds the tallies by service and by analyzer.
type table struct {
	ByService, ByAnalyzer map[string]*tally
	Services, Analyzers   []string // in corpus and suite order
	Suite                 tally
}

func newTable(services, analyzers []string) *table {
	t := &table{ByService: map[string]*tally{}, ByAnalyzer: map[string]*tally{}, Services: services, Analyzers: analyzers}
	for _, s := range services {
		t.ByService[s] = &tally{}
	}
	for _, a := range analyzers {
		t.ByAnalyzer[a] = &tally{}
	}
	return t
}

// addService counts one service's entries, a group per analyzer so that
// each crowded analyzer's sample is scaled by its own population.
func (t *table) addService(name string, es []entry) {
	groups := make(map[string][]entry)
	for _, e := range es {
		groups[e.Analyzer] = append(groups[e.Analyzer], e)
	}
	keys := make([]string, 0, len(groups))
	for a := range groups {
		keys = append(keys, a)
	}
	slices.Sort(keys)
	for _, a := range keys {
		var g tally
		g.add(groups[a])
		t.ByService[name].merge(g)
		if t.ByAnalyzer[a] == nil {
			t.ByAnalyzer[a] = &tally{}
			t.Analyzers = append(t.Analyzers, a)
		}
		t.ByAnalyzer[a].merge(g)
		t.Suite.merge(g)
	}
}

// writeMarkdown prints the two tables docs/precision.md publishes.
func (t *table) writeMarkdown(w io.Writer) {
	section := func(title string, names []string, m map[string]*tally) {
		fmt.Fprintf(w, "| %s | findings | judged | real | minor | fp | real %% | real+minor %% | fp %% |\n", title)
		fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
		for _, n := range names {
			writeRow(w, n, *m[n])
		}
		writeRow(w, "**suite**", t.Suite)
		fmt.Fprintln(w)
	}
	section("analyzer", t.Analyzers, t.ByAnalyzer)
	section("service", t.Services, t.ByService)
}

func writeRow(w io.Writer, name string, c tally) {
	if c.Judged == 0 {
		fmt.Fprintf(w, "| %s | %d | 0 | 0 | 0 | 0 | – | – | – |\n", name, c.Findings)
		return
	}
	r, ok, f := c.rates()
	fmt.Fprintf(w, "| %s | %d | %d | %d | %d | %d | %.0f | %.0f | %.0f |\n", name, c.Findings, c.Judged, c.Real, c.Minor, c.FP, r, ok, f)
}

// writeText prints the tables for a terminal.
func (t *table) writeText(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', tabwriter.AlignRight)
	section := func(title string, names []string, m map[string]*tally) {
		fmt.Fprintf(tw, "%s\tfindings\tjudged\treal\tminor\tfp\treal%%\treal+minor%%\tfp%%\t\n", title)
		row := func(name string, c tally) {
			if c.Judged == 0 {
				fmt.Fprintf(tw, "%s\t%d\t0\t\t\t\t-\t-\t-\t\n", name, c.Findings)
				return
			}
			r, ok, f := c.rates()
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%.0f\t%.0f\t%.0f\t\n", name, c.Findings, c.Judged, c.Real, c.Minor, c.FP, r, ok, f)
		}
		for _, n := range names {
			row(n, *m[n])
		}
		row("suite", t.Suite)
		fmt.Fprintln(tw, "\t\t\t\t\t\t\t\t\t")
	}
	section("analyzer", t.Analyzers, t.ByAnalyzer)
	section("service", t.Services, t.ByService)
	tw.Flush()
	fmt.Fprintln(w, "(percentages are over all findings: a sampled analyzer's verdicts are scaled to its count)")
}
