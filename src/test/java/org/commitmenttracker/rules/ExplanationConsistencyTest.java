package org.commitmenttracker.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.commitmenttracker.rules.facts.CommitmentFact;
import org.commitmenttracker.rules.facts.EventFact;
import org.commitmenttracker.rules.facts.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over many generated corpora and as-of dates, no explanation contradicts its outcome: evidence is named in the
 * explanation exactly when the outcome has some, rule names that speak of evidence agree with it, every day count
 * matches the dates, and no event is named that happened after the as-of date.
 */
class ExplanationConsistencyTest {

    private static final Pattern EVENT_ID = Pattern.compile("\\be\\d+\\b");
    /** A trigger event is named as the start of the term; it need not be evidence. */
    private static final Pattern TRIGGER_EVENT = Pattern.compile("trigger event (e\\d+)");
    private static final Pattern DAYS_LATE =
            Pattern.compile("(?:Overdue|Stalled) for (\\d+) day\\(s\\)|overdue for (\\d+) day\\(s\\)");
    private static final Pattern DAYS_AWAY = Pattern.compile("is (\\d+) day\\(s\\) away");
    private static final Set<Status> LATE = Set.of(Status.OVERDUE, Status.STALLED);
    private static final Set<Status> AHEAD = Set.of(Status.ON_TRACK, Status.IN_PROGRESS, Status.DUE_SOON);

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 30).boxed();
    }

    @ParameterizedTest(name = "corpus seed {0}")
    @MethodSource("seeds")
    void everyExplanationAgreesWithItsStatusAndEvidence(long seed) {
        Corpus corpus = Corpus.generate(seed, 200, 2_000, 10, 12);
        LocalDate asOf = Corpus.FIRST_DAY.plusDays(new Random(seed).nextInt(Corpus.DAYS + 400));
        List<CommitmentFact> stated = corpus.commitments().stream()
                .filter(c -> !c.getStatedOn().isAfter(asOf)).toList();
        List<EventFact> known = corpus.events().stream().filter(e -> !e.getDate().isAfter(asOf)).toList();
        Map<String, EventFact> events = known.stream().collect(Collectors.toMap(EventFact::getId, Function.identity()));

        List<String> contradictions = new ArrayList<>();
        for (Decision d : ShippedRules.get().decide(stated, known, asOf, Integer.MAX_VALUE, 1)) {
            contradictions.addAll(contradictionsIn(d, asOf, events));
        }
        assertThat(contradictions).as("seed %d, as of %s", seed, asOf).isEmpty();
    }

    private static List<String> contradictionsIn(Decision d, LocalDate asOf, Map<String, EventFact> events) {
        List<String> found = new ArrayList<>();
        String says = d.commitmentId() + " " + d.status() + " by \"" + d.rule() + "\": " + d.explanation() + " ";
        List<String> triggers = new ArrayList<>();
        Matcher triggerIds = TRIGGER_EVENT.matcher(d.explanation());
        while (triggerIds.find()) {
            triggers.add(triggerIds.group(1));
        }
        List<String> named = new ArrayList<>();
        Matcher ids = EVENT_ID.matcher(d.explanation());
        while (ids.find()) {
            if (!triggers.contains(ids.group()) || d.evidenceIds().contains(ids.group())) {
                named.add(ids.group());
            }
        }
        if (d.evidenceIds().isEmpty() && !named.isEmpty()) {
            found.add(says + "names events " + named + " but has no evidence");
        }
        if (!d.evidenceIds().isEmpty() && named.stream().noneMatch(d.evidenceIds()::contains)) {
            found.add(says + "has evidence " + d.evidenceIds() + " but names none of it");
        }
        if (!d.evidenceIds().containsAll(named)) {
            found.add(says + "names events that are not its evidence");
        }
        if (d.evidenceIds().stream().map(events::get).anyMatch(e -> e == null || e.getDate().isAfter(asOf))) {
            found.add(says + "counts an event unknown on " + asOf);
        }
        boolean ruleClaimsEvidence = d.rule() != null && (d.rule().contains(" with evidence")
                || d.rule().contains("with an occurrence")
                || d.rule().contains(" answered by") && !d.rule().contains("not yet answered"));
        if (ruleClaimsEvidence && d.evidenceIds().isEmpty()) {
            found.add(says + "the rule speaks of evidence there is none of");
        }
        if (d.explanation().startsWith("No matching event") && d.status() != Status.OVERDUE && !d.evidenceIds().isEmpty()) {
            found.add(says + "says there is no matching event but has evidence");
        }
        found.addAll(datesIn(d, asOf, says));
        return found;
    }

    private static List<String> datesIn(Decision d, LocalDate asOf, String says) {
        List<String> found = new ArrayList<>();
        if (d.nextDue() != null && LATE.contains(d.status()) && !d.nextDue().isBefore(asOf)) {
            found.add(says + "is late although its due date " + d.nextDue() + " has not passed");
        }
        if (d.nextDue() != null && AHEAD.contains(d.status()) && d.nextDue().isBefore(asOf)) {
            found.add(says + "is not late although its due date " + d.nextDue() + " has passed");
        }
        Matcher late = DAYS_LATE.matcher(d.explanation());
        if (late.find()) {
            long days = Long.parseLong(late.group(1) != null ? late.group(1) : late.group(2));
            if (d.nextDue() == null || days != ChronoUnit.DAYS.between(d.nextDue(), asOf)) {
                found.add(says + "counts " + days + " day(s) late, not the days from " + d.nextDue() + " to " + asOf);
            }
        }
        Matcher away = DAYS_AWAY.matcher(d.explanation());
        if (away.find() && (d.nextDue() == null
                || Long.parseLong(away.group(1)) != ChronoUnit.DAYS.between(asOf, d.nextDue()))) {
            found.add(says + "counts the days to its due date wrong");
        }
        if (d.nextDue() != null && d.status() != Status.FULFILLED
                && !d.explanation().contains(d.nextDue().toString())) {
            found.add(says + "does not name its due date " + d.nextDue());
        }
        return found;
    }
}
