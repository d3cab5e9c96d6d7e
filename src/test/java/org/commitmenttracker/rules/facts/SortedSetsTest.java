package org.commitmenttracker.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SortedSetsTest {

    @Test
    void iteratesSortedWithoutDuplicates() {
        Set<String> set = SortedSets.copyOf(List.of("KOR", "IND", "KOR", "ASEAN"));

        assertThat(set).containsExactly("ASEAN", "IND", "KOR");
        assertThat(set).hasSize(3);
    }

    @Test
    void answersContainsAndEqualsAsAnyOtherSet() {
        Set<String> set = SortedSets.copyOf(List.of("peacekeeping", "defence"));

        assertThat(set.contains("defence")).isTrue();
        assertThat(set.contains("defense")).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(set.containsAll(List.of("peacekeeping", "defence"))).isTrue();
        assertThat(set).isEqualTo(new TreeSet<>(List.of("defence", "peacekeeping")))
                .hasSameHashCodeAs(Set.of("defence", "peacekeeping"));
        assertThat(SortedSets.copyOf(List.of())).isEmpty();
    }

    @Test
    void isImmutable() {
        Set<String> set = SortedSets.copyOf(List.of("KOR"));

        assertThatThrownBy(() -> set.add("IND")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> set.remove("KOR")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(set::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(set).containsExactly("KOR");
    }

    @Test
    void sharesOneInstanceOfEachValue() {
        String built = new StringBuilder("K").append("OR").toString();

        String kept = SortedSets.copyOf(List.of(built)).iterator().next();

        assertThat(kept).isSameAs("KOR");
    }
}
