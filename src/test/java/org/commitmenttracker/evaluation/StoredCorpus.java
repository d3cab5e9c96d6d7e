package org.commitmenttracker.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.commitment.Criteria;
import org.commitmenttracker.rules.Corpus;
import org.commitmenttracker.rules.Decision;
import org.commitmenttracker.rules.RuleBase;
import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.source.Source;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Stores a generated corpus's commitments, quoted from one release, in chunks of 5,000: for benchmarks at scale. */
public final class StoredCorpus {

    public static final String SOURCE = "bench-source";

    private StoredCorpus() {
    }

    public static void store(EntityManager em, List<CommitmentFact> facts) {
        QuarkusTransaction.requiringNew().run(() -> em.persist(source()));
        for (int from = 0; from < facts.size(); from += 5_000) {
            List<CommitmentFact> chunk = facts.subList(from, Math.min(facts.size(), from + 5_000));
            QuarkusTransaction.requiringNew().run(() -> chunk.forEach(f -> em.persist(entity(f))));
        }
    }

    /** Decides the corpus as of the day with the rules and stores the decisions as a run (current, as of today). */
    public static EvaluationRun storeRun(EvaluationService evaluations, RuleBase ruleBase, Corpus corpus,
                                         LocalDate asOf) {
        List<Decision> decisions = ruleBase.decide(corpus.commitments(), corpus.events(), asOf, 1_000,
                Runtime.getRuntime().availableProcessors());
        return evaluations.store(asOf, "benchmark", ruleBase, corpus.commitments(), decisions, Instant.now());
    }

    private static Source source() {
        Source s = new Source();
        s.id = SOURCE;
        s.publisher = "Benchmark";
        s.statedOn = Corpus.FIRST_DAY;
        s.title = "Generated corpus";
        return s;
    }

    private static Commitment entity(CommitmentFact f) {
        Commitment c = new Commitment();
        c.id = f.getId();
        c.sourceId = SOURCE;
        c.statedOn = f.getStatedOn();
        c.kind = f.getKind();
        c.underlyingKind = f.getUnderlyingKind();
        c.actors.addAll(f.getActors());
        c.addressees.addAll(f.getAddressees());
        c.topics.addAll(f.getTopics());
        c.summary = "Generated commitment " + f.getId();
        c.quote = "generated";
        c.deadline = f.getDeadline();
        c.dueWithin = f.getDueWithin();
        c.cadence = f.getCadence();
        c.reviewWindow = f.getReviewWindow();
        c.evidence = criteria(f.getEvidence());
        c.trigger = f.getTrigger() == null ? null : criteria(f.getTrigger());
        c.triggerDescription = f.getTriggerDescription();
        c.createdAt = Instant.now();
        return c;
    }

    private static Criteria criteria(org.commitmenttracker.rules.facts.Criteria fact) {
        return new Criteria(fact.getEventTypes(), fact.getTopics(), fact.getParties());
    }
}
