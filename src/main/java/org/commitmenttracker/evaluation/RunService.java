package org.commitmenttracker.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

/**
 * Reads stored runs: the current one, any run by id or alias ({@code current}, {@code latest}), listings, diffs,
 * outcomes and each commitment's history of current statuses.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RunService {

    /** The run that gives every commitment its current status: the latest made as of its own day. */
    public static final String CURRENT = "current";
    /** The run made most recently, whatever its purpose. */
    public static final String LATEST = "latest";

    private final EvaluationRunRepository runs;
    private final OutcomeRepository outcomes;
    private final CurrentRunId currentRunId;

    public RunService(EvaluationRunRepository runs, OutcomeRepository outcomes, CurrentRunId currentRunId) {
        this.runs = runs;
        this.outcomes = outcomes;
        this.currentRunId = currentRunId;
    }

    public Optional<EvaluationRun> currentRun() {
        return currentRunId().flatMap(runs::findByIdOptional);
    }

    public Optional<Long> currentRunId() {
        return currentRunId.get();
    }

    public Optional<EvaluationRun> findRun(long id) {
        return runs.findByIdOptional(id);
    }

    /** Whether a run reference is one of the aliases rather than an id. */
    public static boolean isAlias(String reference) {
        return reference != null && (CURRENT.equalsIgnoreCase(reference.strip())
                || LATEST.equalsIgnoreCase(reference.strip()));
    }

    /** The run a reference names: {@value #CURRENT}, {@value #LATEST} or a run id. */
    public Optional<EvaluationRun> findRun(String reference) {
        if (CURRENT.equalsIgnoreCase(reference)) {
            return currentRun();
        }
        if (LATEST.equalsIgnoreCase(reference)) {
            return runs.latest();
        }
        try {
            return runs.findByIdOptional(Long.parseLong(reference));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The run a reference names, or a 404 that says which reference found nothing. */
    public EvaluationRun runOrNotFound(String reference) {
        return findRun(reference).orElseThrow(() -> new NotFoundException(CURRENT.equalsIgnoreCase(reference)
                ? "There is no current run yet: evaluate as of today (POST /api/evaluations)."
                : "No evaluation run '" + reference + "' (a run id, 'current' or 'latest')."));
    }

    /** Runs newest first, of one purpose or all. */
    public Page<EvaluationRun> listRuns(RunPurpose purpose, PageRequest page) {
        var query = purpose == null ? runs.find("order by id desc") : runs.find("purpose = ?1 order by id desc", purpose);
        query.page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    /** What changed between two runs, each named by id or alias; a 404 when either does not exist. */
    public RunDiff diff(String from, String to) {
        EvaluationRun before = runOrNotFound(from);
        EvaluationRun after = runOrNotFound(to);
        return RunDiff.between(before, outcomes.ofRun(before.id), after, outcomes.ofRun(after.id));
    }

    public Page<OutcomeView> searchOutcomes(OutcomeFilter filter, String orderBy, PageRequest page) {
        return outcomes.search(filter, orderBy, page).map(OutcomeView::of);
    }

    /**
     * The commitment's status in each current run that judged it, oldest first, each with what changed since the one
     * before and why. Replays and projections are left out: they never were its status.
     */
    public Page<HistoryEntry> historyOf(String commitmentId, PageRequest page) {
        return new Page<>(historySlice(commitmentId, page.page() * page.size(), page.size()),
                outcomes.countCurrentHistoryOf(commitmentId), page.page(), page.size());
    }

    /** The last entries of the commitment's history, oldest first. */
    public List<HistoryEntry> recentHistoryOf(String commitmentId, int entries) {
        long total = outcomes.countCurrentHistoryOf(commitmentId);
        return historySlice(commitmentId, (int) Math.max(0, total - entries), entries);
    }

    /** Entries from the given position on, each compared with the outcome before it (read as one row more). */
    private List<HistoryEntry> historySlice(String commitmentId, int first, int size) {
        List<Outcome> rows = outcomes.currentHistoryOf(commitmentId, Math.max(0, first - 1),
                first == 0 ? size : size + 1);
        List<HistoryEntry> entries = new ArrayList<>();
        Outcome before = null;
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0 || first == 0) {
                entries.add(HistoryEntry.of(before, rows.get(i)));
            }
            before = rows.get(i);
        }
        return entries;
    }
}
