package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Segmentation keeps every sentence and says why anything else was set aside. */
class BlocksTest {

    private static List<String> kept(String text) {
        return Blocks.read(text).kept().stream().map(b -> b.span().text()).toList();
    }

    private static List<String> reasons(String text) {
        return Blocks.read(text).setAside().stream().map(s -> s.span().text() + " → " + s.reason()).toList();
    }

    @Test
    void aOneLineNewsItemIsSplitIntoHeadlineDatelineAndBody() {
        String text = "Leaders agree to boost trade ties SEOUL, March 3 (Yonhap) -- The two leaders agreed to "
                + "hold annual talks.";
        assertThat(kept(text)).containsExactly("The two leaders agreed to hold annual talks.");
        assertThat(reasons(text)).containsExactly(
                "Leaders agree to boost trade ties → a headline, before the dateline",
                "SEOUL, March 3 (Yonhap) -- → a dateline");
    }

    @Test
    void aLeadInEndingInAColonCarriesItsBulletedItems() {
        String text = "Ministers decided the two countries would work together to shape a region in which:\n"
                + "• disputes are resolved peacefully; and\n• trade flows freely.\nThe meeting ended at noon.";
        Blocks.Reading reading = Blocks.read(text);
        assertThat(reading.kept()).extracting(b -> b.span().text()).containsExactly(
                "Ministers decided the two countries would work together to shape a region in which:",
                "disputes are resolved peacefully; and", "trade flows freely.", "The meeting ended at noon.");
        assertThat(reading.kept()).extracting(b -> b.leadIn() == null ? null : b.leadIn().text()).containsExactly(
                null, "Ministers decided the two countries would work together to shape a region in which:",
                "Ministers decided the two countries would work together to shape a region in which:", null);
    }

    @Test
    void theLeadInIsTheLastSentenceBeforeTheColon() {
        String text = "The talks were cordial. The ministers agreed to:\n1. hold a dialogue every year.";
        assertThat(Blocks.read(text).kept().get(1).leadIn().text()).isEqualTo("The ministers agreed to:");
    }

    @Test
    void aTextCutMidSentenceKeepsItsLastParagraphMarkedUnfinished() {
        String text = "The two sides agreed to meet in May.\nThey also decided to set up a working group on suppl";
        Blocks.Reading reading = Blocks.read(text);
        assertThat(reading.kept()).extracting(b -> b.span().text()).containsExactly(
                "The two sides agreed to meet in May.", "They also decided to set up a working group on suppl");
        assertThat(reading.kept()).extracting(Blocks.Block::unfinished).containsExactly(false, true);
    }

    @Test
    void headingsMenusBylinesAndCommentsAreSetAsideWithTheirReason() {
        String text = "Home | News | Press releases | Contact\nJoint Statement Between the Two Governments\n"
                + "By Staff Reporter\nThe two governments agreed to open consulates.\nEconomic Cooperation\n"
                + "They will sign a trade pact in June.\nReader Comments\nI hope they will agree to lower fees.";
        assertThat(kept(text)).containsExactly("The two governments agreed to open consulates.",
                "They will sign a trade pact in June.");
        assertThat(reasons(text)).containsExactly(
                "Home | News | Press releases | Contact → a menu or a list of links",
                "Joint Statement Between the Two Governments → a heading or a label: most words capitalised and no "
                        + "full stop",
                "By Staff Reporter → too short for a sentence (3 words)",
                "Economic Cooperation → too short for a sentence (2 words)",
                "Reader Comments\nI hope they will agree to lower fees. → after \"Reader Comments\", the end of the "
                        + "article");
    }

    @Test
    void aParagraphWithoutAFullStopButWithAVerbIsRead() {
        String text = "The ministers met on Monday.\nThe two leaders agreed to hold talks every year\n"
                + "They will meet in Delhi next.";
        assertThat(kept(text)).containsExactly("The ministers met on Monday.",
                "The two leaders agreed to hold talks every year", "They will meet in Delhi next.");
    }

    @Test
    void aSentenceCaseHeadlineOnTheFirstLineIsSetAside() {
        String text = "India and Japan to expand defence ties\nThe two countries agreed to hold joint exercises.";
        assertThat(kept(text)).containsExactly("The two countries agreed to hold joint exercises.");
        assertThat(reasons(text)).containsExactly(
                "India and Japan to expand defence ties → a headline: the text's first line, without a full stop");
    }

    @Test
    void fixedWidthLinesWrappedMidSentenceAreJoined() {
        String text = "President Bush and Prime Minister Mori today reaffirmed the strength of the\n"
                + "Bilateral relationship and agreed to meet again in the autumn.";
        assertThat(kept(text)).hasSize(1);
    }
}
