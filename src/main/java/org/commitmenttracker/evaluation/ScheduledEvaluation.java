package org.commitmenttracker.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.commitmenttracker.ThisInstance;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Evaluates as of today on a schedule. With several instances on one database exactly one evaluates each day: the
 * one whose insert of the day into scheduled_evaluation succeeds. The claim and the run share a transaction, so a
 * failed run frees the day for another instance or the next attempt.
 */
@ApplicationScoped
public class ScheduledEvaluation {

    private final EvaluationService evaluation;
    private final EntityManager entityManager;
    private final String instance;

    public ScheduledEvaluation(EvaluationService evaluation, EntityManager entityManager, ThisInstance instance) {
        this.instance = instance.name();
        this.evaluation = evaluation;
        this.entityManager = entityManager;
    }

    @Scheduled(identity = "scheduled-evaluation", cron = "${tracker.evaluation.schedule}", timeZone = "${tracker.zone}",
            skipExecutionIf = ScheduleOff.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void evaluateToday() {
        evaluateOnce(evaluation.today());
    }

    /** Evaluates as of the day unless some instance already has; returns the run if this call made it. */
    public Optional<EvaluationRun> evaluateOnce(LocalDate day) {
        if (claimed(day)) { // looked up first so that the usual case costs no failed insert
            Log.infof("Scheduled evaluation as of %s was already claimed by another instance", day);
            return Optional.empty();
        }
        try {
            EvaluationRun run = QuarkusTransaction.requiringNew().call(() -> {
                entityManager.createNativeQuery(
                                "insert into scheduled_evaluation (as_of, instance, claimed_at) values (?1, ?2, ?3)")
                        .setParameter(1, day).setParameter(2, instance).setParameter(3, Instant.now())
                        .executeUpdate();
                return evaluation.evaluate(day, "on schedule");
            });
            Log.infof("Scheduled evaluation as of %s: run %d by %s", day, run.id, instance);
            return Optional.of(run);
        } catch (PersistenceException e) {
            Log.infof("Scheduled evaluation as of %s was already claimed by another instance", day);
            return Optional.empty();
        }
    }

    private boolean claimed(LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from scheduled_evaluation where as_of = ?1").setParameter(1, day).getSingleResult())
                .longValue() > 0);
    }

    /** Skips the schedule when tracker.evaluation.scheduled is off. */
    @Singleton
    static class ScheduleOff implements Scheduled.SkipPredicate {

        private final EvaluationConfig config;

        ScheduleOff(EvaluationConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduled();
        }
    }
}
