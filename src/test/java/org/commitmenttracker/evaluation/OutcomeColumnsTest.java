package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.api.Test;

/** The CSV that COPY reads keeps every value as written: commas, quotes and line breaks inside, nulls as nulls. */
class OutcomeColumnsTest {

    @Test
    void csvQuotesEveryValueAndLeavesNullsEmpty() {
        Outcome o = new Outcome();
        o.id = 7L;
        o.runId = 3L;
        o.commitmentId = "c-1";
        o.statedOn = LocalDate.of(2021, 1, 7);
        o.asOf = LocalDate.of(2026, 12, 2);
        o.rulesVersion = "abc";
        o.status = Status.OVERDUE;
        o.explanation = "No \"consultation\", as promised,\nsince 2021";
        o.evidenceIds = List.of("e-1", "e-2");
        o.firedRules = List.of("A rule, with a comma");

        assertThat(OutcomeColumns.csv(List.of(o))).isEqualTo("\"7\",\"3\",\"c-1\",\"2021-01-07\",\"2026-12-02\",\"abc\","
                + "\"OVERDUE\",,\"No \"\"consultation\"\", as promised,\nsince 2021\",,,,,,"
                + "\"[\"\"e-1\"\",\"\"e-2\"\"]\",,\"[\"\"A rule, with a comma\"\"]\",\n");
        assertThat(OutcomeColumns.values(o)).hasSize(OutcomeColumns.NAMES.size());
    }
}
