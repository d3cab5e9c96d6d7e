package org.commitmenttracker.rules.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * A status rule's verdict about one commitment. Rules insert findings; when several findings concern the same
 * commitment, the one from the rule with the highest {@code @precedence} wins (ties go to the rule name that sorts
 * first). The engine records which rule inserted each finding, so rules never name themselves.
 */
public final class Finding implements CommitmentScoped {

    private final String commitmentId;
    private final Status status;
    private final String explanation;
    private final List<String> evidenceIds;
    private final LocalDate nextDue;
    private final Integer occurrences;

    public Finding(String commitmentId, Status status, String explanation, List<String> evidenceIds,
                   LocalDate nextDue, Integer occurrences) {
        this.commitmentId = commitmentId;
        this.status = status;
        this.explanation = explanation;
        this.evidenceIds = List.copyOf(evidenceIds);
        this.nextDue = nextDue;
        this.occurrences = occurrences;
    }

    public Finding(String commitmentId, Status status, String explanation, List<String> evidenceIds, LocalDate nextDue) {
        this(commitmentId, status, explanation, evidenceIds, nextDue, null);
    }

    public String getCommitmentId() {
        return commitmentId;
    }

    public Status getStatus() {
        return status;
    }

    /** One sentence naming the dates and the evidence. */
    public String getExplanation() {
        return explanation;
    }

    public List<String> getEvidenceIds() {
        return evidenceIds;
    }

    /** The next date by which evidence is due, where one exists. */
    public LocalDate getNextDue() {
        return nextDue;
    }

    /** How many matching occurrences were counted, for recurring commitments; else null. */
    public Integer getOccurrences() {
        return occurrences;
    }

    @Override
    public String toString() {
        return commitmentId + " " + status + ": " + explanation;
    }
}
