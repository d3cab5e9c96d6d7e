package org.commitmenttracker.rules.facts;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Facts keep their sets sorted so that explanations read the same on every run, and small: a million events hold two
 * sets each, which as unmodifiable tree sets took about 460 MB of a 100,000 × 1,000,000 evaluation. A set here is one
 * sorted array; its values are interned, since the same concept ids repeat across every fact.
 */
final class SortedSets {

    private SortedSets() {
    }

    static Set<String> copyOf(Collection<String> values) {
        if (values instanceof SortedArraySet already) {
            return already;
        }
        String[] sorted = values.stream().distinct().sorted().map(String::intern).toArray(String[]::new);
        return new SortedArraySet(sorted);
    }

    /** An immutable set over a sorted array without duplicates; it iterates in that order. */
    private static final class SortedArraySet extends AbstractSet<String> {

        private final String[] values;

        private SortedArraySet(String[] values) {
            this.values = values;
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String s && Arrays.binarySearch(values, s) >= 0;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Iterator<String> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < values.length;
                }

                @Override
                public String next() {
                    if (next >= values.length) {
                        throw new NoSuchElementException();
                    }
                    return values[next++];
                }
            };
        }
    }
}
