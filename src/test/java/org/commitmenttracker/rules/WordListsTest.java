package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The word lists rule authors tune are read with the rules and refused with file and line when malformed. */
class WordListsTest {

    private static List<RuleFile> shippedWith(String words) {
        return RuleBaseLoader.read(Path.of("rules")).stream()
                .map(f -> f.path().equals(WordLists.FILE) ? new RuleFile(f.path(), words) : f).toList();
    }

    @Test
    void theShippedListsAreRead() {
        WordLists words = new RuleBaseLoader().load(Path.of("rules")).words();
        assertThat(words.isNotAName("Minister")).isTrue();
        assertThat(words.isNotAName("On")).isTrue();
        assertThat(words.isNotAName("Jaishankar")).isFalse();
        assertThat(words.isNotACountryWord("africa")).isTrue();
        assertThat(words.isNotACountryWord("korea")).isFalse();
        assertThat(words.isAbbreviation("dy")).isTrue();
        assertThat(words.isAbbreviation("u.s")).isTrue();
        assertThat(words.isAbbreviation("no")).as("quoted in the file, as YAML reads no as false").isTrue();
        assertThat(words.isAbbreviation("talks")).isFalse();
    }

    @Test
    void anEntryOfTwoWordsOrAnUnknownListIsRefusedWithItsLine() {
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> new RuleBaseLoader().compile(shippedWith("notNames: [Minister, Prime Minister]\n"
                        + "notCountryWords: [africa]\nnotWords: [x]\n")));
        assertThat(refused.problems()).extracting(RuleProblem::file).containsOnly(WordLists.FILE);
        assertThat(refused.problems()).extracting(RuleProblem::line).containsExactly(1, 3);
        assertThat(refused.problems().get(0).message()).contains("one word").contains("Prime Minister");
        assertThat(refused.problems().get(1).message()).contains("unknown list \"notWords\"");
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() {
        RuleCompilationException refused = catchThrowableOfType(RuleCompilationException.class,
                () -> new RuleBaseLoader().compile(shippedWith("notNames: [Minister,\n  notCountryWords: {\n")));
        assertThat(refused.problems()).extracting(RuleProblem::file).containsOnly(WordLists.FILE);
        assertThat(refused.problems().get(0).line()).isPositive();
    }

    @Test
    void withoutTheFileNothingIsSetAside() {
        List<RuleFile> files = RuleBaseLoader.read(Path.of("rules")).stream()
                .filter(f -> !f.path().equals(WordLists.FILE)).toList();
        assertThat(new RuleBaseLoader().compile(files).words()).isEqualTo(WordLists.NONE);
    }
}
