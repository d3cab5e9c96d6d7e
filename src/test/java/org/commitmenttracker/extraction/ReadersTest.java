package org.commitmenttracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

/** Deadlines, cadences and conditions read from a clause's words, with notes on how vague phrases were read. */
class ReadersTest {

    private static final LocalDate STATED = LocalDate.of(2023, 5, 17);

    private static LocalDate deadline(String clause) {
        return DeadlineReader.read(clause, STATED).map(DeadlineReader.Reading::deadline).orElse(null);
    }

    @Test
    void deadlinesFromDaysMonthsAndYears() {
        assertThat(deadline("to sign the agreement by 15 March 2024")).isEqualTo("2024-03-15");
        assertThat(deadline("to sign the agreement by March 15, 2024")).isEqualTo("2024-03-15");
        assertThat(deadline("to attend the summit in early December 2024")).isEqualTo("2024-12-10");
        assertThat(deadline("to open the office in mid-June 2024")).isEqualTo("2024-06-20");
        assertThat(deadline("to open the office in late June 2024")).isEqualTo("2024-06-30");
        assertThat(deadline("to open the office in June 2024")).isEqualTo("2024-06-30");
        assertThat(deadline("to finish the study by the end of 2025")).isEqualTo("2025-12-31");
        assertThat(deadline("to finish the study in the first half of 2025")).isEqualTo("2025-06-30");
        assertThat(deadline("to reply within six months")).isEqualTo("2023-11-17");
        assertThat(deadline("to reply within 30 days")).isEqualTo("2023-06-16");
        assertThat(deadline("to meet again next year")).isEqualTo("2024-12-31");
        assertThat(deadline("to meet by the end of this year")).isEqualTo("2023-12-31");
    }

    @Test
    void daysAndRangesOfDaysAreReadToTheirLastDayInTheStatementsYearUnlessGiven() {
        assertThat(deadline("to hold the summit on September 3-4")).isEqualTo("2023-09-04");
        assertThat(deadline("to hold the summit on 3 September")).isEqualTo("2023-09-03");
        assertThat(deadline("to meet 2-4 September 2024 in Seoul")).isEqualTo("2024-09-04");
        assertThat(deadline("to meet on 30 February")).isNull();
        assertThat(deadline("to consult over the next year")).isEqualTo("2024-05-17");
        assertThat(deadline("to decide in the coming three months")).isEqualTo("2023-08-17");
    }

    @Test
    void aTimeLeftOpenIsNoDeadlineButANote() {
        DeadlineReader.Reading open = DeadlineReader.read("to visit Korea at a mutually convenient date", STATED)
                .orElseThrow();
        assertThat(open.deadline()).isNull();
        assertThat(open.note()).contains("at a mutually convenient date").contains("no date was set");
    }

    @Test
    void meetingsHeldAlternatelyRecurYearlyWithANote() {
        CadenceReader.Reading alternately = CadenceReader.read(
                "to be held alternately in India and South Korea beginning from 2005").orElseThrow();
        assertThat(alternately.cadence()).isEqualTo(Period.ofYears(1));
        assertThat(alternately.note()).contains("alternately in India and South Korea beginning from 2005")
                .contains("yearly is assumed");
    }

    @Test
    void partsOfAYearNamedOrCountedFromTheStatement() {
        assertThat(deadline("to open talks in the first quarter of 2025")).isEqualTo("2025-03-31");
        assertThat(deadline("to open talks in the second quarter of 2025")).isEqualTo("2025-06-30");
        assertThat(deadline("to open talks during the third quarter of 2025")).isEqualTo("2025-09-30");
        assertThat(deadline("to open talks by the fourth quarter of 2025")).isEqualTo("2025-12-31");
        assertThat(deadline("to launch negotiations within the first half of next year")).isEqualTo("2024-06-30");
        assertThat(deadline("to sign it in the second half of this year")).isEqualTo("2023-12-31");
        assertThat(deadline("to meet in early next year")).isEqualTo("2024-04-30");
        assertThat(deadline("to visit in mid next month")).isEqualTo("2023-06-20");
    }

    @Test
    void namesAndRangesWithYearsAreNotDeadlines() {
        assertThat(deadline("to support the 2024 Olympics bid")).isNull();
        assertThat(deadline("as a member for the 2021-2022 term")).isNull();
        assertThat(deadline("to take part in 2024 World Expo")).isNull();
        assertThat(deadline("to meet regularly")).isNull();
    }

    @Test
    void aVaguePhraseIsReadWithANoteInTheReleasesWords() {
        assertThat(DeadlineReader.read("in early December 2021", STATED).orElseThrow().note())
                .isEqualTo("The release says \"in early December 2021\"; read as by 10 December 2021.");
    }

    @Test
    void cadences() {
        assertThat(CadenceReader.read("to hold the dialogue annually").orElseThrow().cadence()).isEqualTo(Period.ofYears(1));
        assertThat(CadenceReader.read("to meet every two years").orElseThrow().cadence()).isEqualTo(Period.ofYears(2));
        assertThat(CadenceReader.read("to meet twice a year").orElseThrow().cadence()).isEqualTo(Period.ofMonths(6));
        assertThat(CadenceReader.read("quarterly reviews").orElseThrow().cadence()).isEqualTo(Period.ofMonths(3));
        CadenceReader.Reading regular = CadenceReader.read("to hold talks on a regular basis").orElseThrow();
        assertThat(regular.cadence()).isEqualTo(Period.ofYears(1));
        assertThat(regular.note()).contains("without a period; yearly is assumed");
        assertThat(CadenceReader.read("to hold talks soon")).isEmpty();
    }

    @Test
    void conditions() {
        assertThat(TriggerReader.read("to resume flights as soon as the pandemic subsides, and to talk"))
                .contains("as soon as the pandemic subsides");
        assertThat(TriggerReader.read("to visit once the new government is formed"))
                .contains("once the new government is formed");
        assertThat(TriggerReader.read("to sign when Parliament approves the treaty"))
                .contains("when Parliament approves the treaty");
        assertThat(TriggerReader.read("to meet once a year")).isEmpty();
        assertThat(TriggerReader.read("to meet soon")).isEmpty();
    }
}
