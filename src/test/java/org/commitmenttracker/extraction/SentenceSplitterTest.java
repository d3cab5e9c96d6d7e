package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.commitmenttracker.rules.RuleBaseLoader;
import org.commitmenttracker.rules.WordLists;
import org.junit.jupiter.api.Test;

/** Paragraphs, furniture and sentences: offsets point at the text, abbreviations do not end sentences. */
class SentenceSplitterTest {

    /** The abbreviations shipped in rules/extraction/words.yaml. */
    private static final WordLists WORDS = new RuleBaseLoader().load(Path.of("rules")).words();

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text, Blocks.of(text), WORDS).stream().map(TextSpan::text).toList();
    }

    @Test
    void withoutTheListAnAbbreviationEndsASentenceAsTheModelSays() {
        String text = "Dy. Speaker Kim met the delegation. They agreed to meet again.";
        assertThat(splitter.split(text, Blocks.of(text), WordLists.NONE)).hasSizeGreaterThan(
                splitter.split(text, Blocks.of(text), WORDS).size());
    }

    @Test
    void abbreviationsAndListNumbersDoNotEndASentence() {
        String text = "1. Dr. Lee met Rep. Park and Dy. Speaker Kim at No. 10 on Monday. The U.S. delegation arrived "
                + "later. Gen. Smith said the talks will continue.";
        assertThat(sentences(text)).containsExactly(
                "1. Dr. Lee met Rep. Park and Dy. Speaker Kim at No. 10 on Monday.",
                "The U.S. delegation arrived later.", "Gen. Smith said the talks will continue.");
    }

    @Test
    void offsetsPointAtTheSentenceInTheText() {
        String text = "Heading without a stop\n\nThe ministers agreed to meet. They will meet in May.";
        for (TextSpan s : splitter.split(text, Blocks.of(text), WORDS)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences(text)).containsExactly("The ministers agreed to meet.", "They will meet in May.");
    }

    @Test
    void menusHeadingsAndWhatFollowsTheCommentsAreLeftOut() {
        String text = "Home\nNews\nPress releases\nTwo countries deepen ties\n"
                + "The two sides agreed to hold talks every year.\n"
                + "Published on 3 May\nShare this article:\nReader Comments\n"
                + "I hope they will also agree to lower visa fees for students.";
        assertThat(sentences(text)).containsExactly("The two sides agreed to hold talks every year.");
    }

    @Test
    void aSentenceWrappedOverLinesIsJoined() {
        String text = "The two ministers agreed to meet\nagain next year in the capital.";
        assertThat(sentences(text)).containsExactly("The two ministers agreed to meet\nagain next year in the capital.");
    }

    @Test
    void clausesSplitWhereAnotherStatementBegins() {
        String text = "The minister offered to expand trade, and asked for support on visas; both sides also "
                + "reviewed progress and agreed to meet again.";
        TextSpan sentence = splitter.split(text, Blocks.of(text), WORDS).get(0);
        assertThat(ClauseSplitter.split(text, sentence)).extracting(TextSpan::text).containsExactly(
                "The minister offered to expand trade", "asked for support on visas",
                "both sides also reviewed progress", "agreed to meet again.");
    }
}
