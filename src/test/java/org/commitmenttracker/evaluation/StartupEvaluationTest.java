package org.commitmenttracker.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** At start the service evaluates every commitment stated by today. */
@QuarkusTest
@TestSecurity(user = TestData.USER, roles = {Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN})
class StartupEvaluationTest {

    @Inject
    EvaluationRunRepository runs;
    @Inject
    OutcomeRepository outcomes;
    @Inject
    CommitmentRepository commitments;

    @Test
    void theFirstRunIsAsOfTodayAndJudgesEverySeededCommitment() {
        EvaluationRun first = runs.find("order by id").firstResult();
        // Today as it was when the run started: the suite may have crossed midnight since.
        assertThat(first.asOf).isEqualTo(LocalDate.ofInstant(first.startedAt, ZoneOffset.UTC));
        assertThat(first.commitmentCount).isPositive();
        assertThat(outcomes.count("runId", first.id)).isEqualTo(first.commitmentCount);
        assertThat(first.counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(first.commitmentCount);
        assertThat(outcomes.count("runId = ?1 and status = org.commitmenttracker.rules.facts.Status.UNDECIDED", first.id))
                .isZero();
    }
}
