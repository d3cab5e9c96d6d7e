package org.commitmenttracker.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Keys ignore case, accents, spacing and punctuation; plain ASCII takes a faster path to the same key. */
class LabelsTest {

    @Test
    void spellingsOfOneNameShareAKey() {
        assertThat(List.of("UN Security Council", "un-security-council", "U.N. Security  Council", " UN security,council "))
                .extracting(Labels::key).containsOnly("un security council");
        assertThat(Labels.key("U.S.")).isEqualTo("us");
        assertThat(Labels.key("R&D")).isEqualTo("r and d");
        assertThat(Labels.key("Côte d'Ivoire")).isEqualTo("cote divoire");
        assertThat(Labels.key("Côte d’Ivoire")).isEqualTo("cote divoire");
        assertThat(Labels.key("  --  ")).isEmpty();
    }

    @Test
    void theAsciiPathGivesTheKeyTheUnicodePathGives() {
        // A combining accent after the text sends it down the Unicode path, which drops the accent.
        for (String s : List.of("Republic of Korea", "U.S.-Japan 2+2", "a&b&&c", "it's", "`x`", "K.O.R.E.A", "x--y..z",
                "Tom & Jerry", "&start", "end&", "Ministry of External Affairs, India (MEA)", "  spaced   out  ", "")) {
            assertThat(Labels.key(s)).as(s).isEqualTo(Labels.key(s + "\u0301").replaceAll("\\s+$", ""));
        }
    }
}
