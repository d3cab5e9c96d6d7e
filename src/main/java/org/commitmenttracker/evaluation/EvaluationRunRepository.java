package org.commitmenttracker.evaluation;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class EvaluationRunRepository implements PanacheRepository<EvaluationRun> {

    /** The run made most recently: it gives each commitment its current status. */
    public Optional<EvaluationRun> latest() {
        return find("order by id desc").firstResultOptional();
    }

    /** The id of the run made most recently, read without its counts. */
    public Optional<Long> latestId() {
        return Optional.ofNullable(getEntityManager().createQuery("select max(r.id) from EvaluationRun r", Long.class)
                .getSingleResult());
    }
}
