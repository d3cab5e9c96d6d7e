package org.commitmenttracker.extraction;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import org.commitmenttracker.rules.facts.Kind;

/**
 * A rule author's test of the extraction rules, read from rules/tests/extraction/*.yaml: a release's text, the
 * candidates it must give (by exact quote, with any of kind, actors, addressees, deadline, cadence and condition to
 * check), words no candidate may quote, and whether the expected candidates are all there may be.
 */
public record ExtractionScenario(String description, LocalDate statedOn, String publisher, String text,
                                 List<Expected> expect, List<String> absent, boolean exhaustive) {

    public ExtractionScenario {
        expect = expect == null ? List.of() : expect;
        absent = absent == null ? List.of() : absent;
    }

    /** One candidate the text must give; fields left out are not checked. */
    public record Expected(String quote, Kind kind, Set<String> actors, Set<String> addressees, LocalDate deadline,
                           Period cadence, String trigger) {
    }
}
