package org.commitmenttracker.scorecard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.evaluation.EvaluationRun;
import org.commitmenttracker.evaluation.Outcome;
import org.commitmenttracker.evaluation.OutcomeRepository;
import org.commitmenttracker.evaluation.RunService;
import org.commitmenttracker.rules.ActiveRules;
import org.commitmenttracker.rules.PartyDecision;
import org.commitmenttracker.rules.facts.Parameters;
import org.commitmenttracker.rules.facts.Status;

/**
 * Counts and scores the current run's statuses per group. A commitment counts once in each of its groups; by party,
 * a commitment whose actors act separately counts for each actor with that actor's own status. The score of a group
 * is the mean, over its commitments whose status the scale scores, of their scores (the scale is the active rules'
 * rules/parameters.yaml).
 */
@ApplicationScoped
public class ScorecardService {

    private final RunService runs;
    private final OutcomeRepository outcomes;
    private final CommitmentRepository commitments;
    private final ActiveRules rules;

    public ScorecardService(RunService runs, OutcomeRepository outcomes, CommitmentRepository commitments,
                            ActiveRules rules) {
        this.runs = runs;
        this.outcomes = outcomes;
        this.commitments = commitments;
        this.rules = rules;
    }

    /** The scorecard of the current run, of the commitments stated from {@code from} to {@code to} (each optional). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ScorecardView> scorecard(Grouping by, LocalDate from, LocalDate to) {
        Optional<EvaluationRun> current = runs.currentRun();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        EvaluationRun run = current.get();
        Parameters scale = rules.current().parameters();
        Map<String, Commitment> byId = commitments.listAll().stream()
                .filter(c -> (from == null || !c.statedOn.isBefore(from)) && (to == null || !c.statedOn.isAfter(to)))
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<String, Tally> tallies = new TreeMap<>();
        for (Outcome outcome : outcomes.ofRun(run.id)) {
            Commitment commitment = byId.get(outcome.commitmentId);
            if (commitment == null) {
                continue;
            }
            for (String group : by.groupsOf(commitment)) {
                tallies.computeIfAbsent(group, g -> new Tally()).add(statusFor(by, group, outcome), scale);
            }
        }
        List<ScorecardView.Item> items = new ArrayList<>();
        tallies.forEach((group, tally) -> items.add(tally.item(group, "/api/commitments?"
                + by.listingQuery(URLEncoder.encode(group, StandardCharsets.UTF_8)))));
        return Optional.of(new ScorecardView(by.id(), run.asOf, run.id, run.rulesVersion, from, to,
                new EnumMap<>(scale.getScores()), items));
    }

    /** A party's own status when the actors act separately, else the commitment's. */
    private static Status statusFor(Grouping by, String group, Outcome outcome) {
        if (by == Grouping.PARTY) {
            for (PartyDecision party : outcome.parties) {
                if (party.party().equals(group)) {
                    return party.status();
                }
            }
        }
        return outcome.status;
    }

    /** One group's counts and score, as its outcomes are added. */
    private static final class Tally {
        private final Map<Status, Long> counts = new EnumMap<>(Status.class);
        private long commitments;
        private long scored;
        private double sum;

        void add(Status status, Parameters scale) {
            commitments++;
            counts.merge(status, 1L, Long::sum);
            OptionalDouble score = scale.scoreOf(status);
            if (score.isPresent()) {
                scored++;
                sum += score.getAsDouble();
            }
        }

        ScorecardView.Item item(String group, String link) {
            Map<Status, Long> all = new EnumMap<>(Status.class);
            for (Status status : Status.values()) {
                all.put(status, counts.getOrDefault(status, 0L));
            }
            Double score = scored == 0 ? null : Math.round(sum / scored * 1000) / 1000.0;
            return new ScorecardView.Item(group, commitments, all, score, scored, link);
        }
    }
}
