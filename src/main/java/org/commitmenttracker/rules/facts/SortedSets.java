package org.commitmenttracker.rules.facts;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** Facts keep their sets sorted so that explanations read the same on every run. */
final class SortedSets {

    private SortedSets() {
    }

    static SortedSet<String> copyOf(Collection<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
