package org.commitmenttracker.rules;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Fires a session's rules under its {@link SessionLimits}: a number of firings ({@code fireAllRules(max)}) and a
 * wall-clock deadline, at which a timer halts the session between two firings. A session stopped by either is a
 * runaway: {@link RulesRanAwayException} names the likeliest culprits, with the file and line declaring each.
 * Culprits are looked for only once a session has used half of either limit, so a normal session pays for a counter
 * (the listener to inserts and updates is added only then).
 * (A consequence whose own Java code never returns cannot be halted between firings: rule code must end.)
 */
final class BoundedFiring extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "rule-session-deadline");
        thread.setDaemon(true);
        return thread;
    });
    private static final int NAMED = 3;
    private static final int FIRED = 0;
    private static final int WROTE = 1;
    private static final int REFIRED_ON_OWN_WRITE = 2;

    private final KieSession session;
    private final long halfOfAllowed;
    private long fired;
    /** Set by the firing thread past half the firings, or by the timer past half the time. */
    private volatile boolean diagnosing;
    /** Whether this also listens to inserts and updates: only once diagnosing, so a normal session pays nothing. */
    private boolean listeningToWrites;
    /** Per rule, once diagnosing: firings, facts written, firings on a fact it wrote itself. */
    private final Map<Rule, long[]> counts = new IdentityHashMap<>();
    /** Once diagnosing: the rule that last inserted or updated each fact. */
    private final Map<Object, Rule> writers = new IdentityHashMap<>();

    private BoundedFiring(KieSession session, long allowed) {
        this.session = session;
        this.halfOfAllowed = allowed / 2;
    }

    /** Fires every rule of the session over {@code facts} inserted facts, or throws when the limits stop it. */
    static void fire(KieSession session, long facts, SessionLimits limits, RuleBase ruleBase) {
        long allowed = limits.firingsFor(facts);
        BoundedFiring watch = new BoundedFiring(session, allowed);
        session.addEventListener((AgendaEventListener) watch);
        long timeout = limits.timeout().toMillis();
        AtomicBoolean halted = new AtomicBoolean();
        ScheduledFuture<?> halfway = TIMER.schedule(() -> watch.diagnosing = true, timeout / 2, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> deadline = TIMER.schedule(() -> {
            halted.set(true);
            session.halt();
        }, timeout, TimeUnit.MILLISECONDS);
        long fired;
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE - 1L, allowed) + 1);
        } finally {
            halfway.cancel(false);
            deadline.cancel(false);
        }
        if (fired > allowed || halted.get()) {
            String why = halted.get() ? "were still firing after " + timeout + " ms (" + fired
                    + " firings; tracker.rules.limits.session-timeout)"
                    : "fired more than " + allowed + " times over " + facts + " facts (tracker.rules.limits.*)";
            throw new RulesRanAwayException(why, watch.culprits(ruleBase));
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        if (++fired > halfOfAllowed) {
            diagnosing = true;
        }
        if (diagnosing) {
            if (!listeningToWrites) {
                listeningToWrites = true;
                session.addEventListener((RuleRuntimeEventListener) this); // on the firing thread, between firings
            }
            Rule rule = event.getMatch().getRule();
            long[] ofRule = countsOf(rule);
            ofRule[FIRED]++;
            if (event.getMatch().getObjects().stream().anyMatch(fact -> writers.get(fact) == rule)) {
                ofRule[REFIRED_ON_OWN_WRITE]++;
            }
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        wrote(event.getRule(), event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        wrote(event.getRule(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (diagnosing) {
            writers.remove(event.getOldObject());
        }
    }

    private void wrote(Rule rule, Object fact) {
        if (diagnosing && rule != null) {
            countsOf(rule)[WROTE]++;
            writers.put(fact, rule);
        }
    }

    private long[] countsOf(Rule rule) {
        return counts.computeIfAbsent(rule, r -> new long[3]);
    }

    /**
     * The likeliest culprits first: rules that fire again on facts they wrote themselves (a rule updating what it
     * matches, or inserting what it matches), then those that wrote most, then those that fired most. Other rules
     * that match what a loop writes re-fire too, but on facts another rule wrote.
     */
    private List<RulesRanAwayException.Firing> culprits(RuleBase ruleBase) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<Rule, long[]> e) -> -e.getValue()[REFIRED_ON_OWN_WRITE])
                        .thenComparingLong(e -> -e.getValue()[WROTE])
                        .thenComparingLong(e -> -e.getValue()[FIRED]))
                .limit(NAMED)
                .map(e -> new RulesRanAwayException.Firing(e.getKey().getName(), e.getValue()[FIRED],
                        e.getValue()[WROTE], RuntimeProblems.declarationOf(e.getKey().getName(), ruleBase)))
                .toList();
    }
}
