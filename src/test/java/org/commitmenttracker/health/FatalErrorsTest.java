package org.commitmenttracker.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** An error the JVM cannot recover from turns readiness DOWN for good; ordinary failures do not. */
class FatalErrorsTest {

    @Test
    void anOutOfMemoryErrorAnywhereInTheCausesTurnsReadinessDownAndSaysWhere() {
        FatalErrors errors = new FatalErrors();
        FatalErrorsHealth readiness = new FatalErrorsHealth(errors);
        assertThat(errors.seen(new IllegalStateException("a job failed"), "scheduled job x")).isFalse();
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        assertThat(errors.seen(new RuntimeException(new OutOfMemoryError("Java heap space")), "request /api/x"))
                .isTrue();
        errors.seen(new StackOverflowError(), "later");

        HealthCheckResponse health = readiness.call();
        assertThat(health.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(health.getData().orElseThrow()).containsEntry("where", "request /api/x")
                .containsEntry("error", "java.lang.OutOfMemoryError: Java heap space");
    }
}
