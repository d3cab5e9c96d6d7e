package org.commitmenttracker.evaluation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EvaluationRunRepository implements PanacheRepository<EvaluationRun> {

    /**
     * The id of the current run on a day: the latest made as of that day; before the day's first run, the latest made
     * as of an earlier day (the day's scheduled run has not happened yet).
     */
    public Optional<Long> currentId(LocalDate today) {
        return getEntityManager().createQuery("select r.id from EvaluationRun r where r.purpose = :purpose"
                        + " and r.asOf <= :today order by r.asOf desc, r.id desc", Long.class)
                .setParameter("purpose", RunPurpose.CURRENT).setParameter("today", today).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The run made most recently, whatever its purpose. */
    public Optional<EvaluationRun> latest() {
        return find("order by id desc").firstResultOptional();
    }
}
