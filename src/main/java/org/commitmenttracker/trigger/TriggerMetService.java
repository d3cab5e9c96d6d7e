package org.commitmenttracker.trigger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditLog;
import org.commitmenttracker.commitment.Commitment;
import org.commitmenttracker.commitment.CommitmentRepository;
import org.commitmenttracker.evaluation.InputsChanged;
import org.commitmenttracker.http.Caller;
import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;
import org.commitmenttracker.rules.facts.Kind;

/** Records, with a citation, that a conditional commitment's trigger was met; the rules read the latest record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TriggerMetService {

    private final TriggerMetRepository records;
    private final CommitmentRepository commitments;
    private final AuditLog audit;
    private final Caller caller;
    private final Event<InputsChanged> recorded;

    public TriggerMetService(TriggerMetRepository records, CommitmentRepository commitments, AuditLog audit,
                             Caller caller, Event<InputsChanged> recorded) {
        this.records = records;
        this.commitments = commitments;
        this.audit = audit;
        this.caller = caller;
        this.recorded = recorded;
    }

    /**
     * Records it for an existing conditional commitment, for a day from its statement to today; empty when the
     * commitment does not exist, a 400 naming the field otherwise.
     */
    @Transactional
    public Optional<TriggerMetView> record(String commitmentId, @Valid TriggerMetInput input, LocalDate today) {
        Optional<Commitment> found = commitments.findByIdOptional(commitmentId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Commitment commitment = found.get();
        if (commitment.kind != Kind.CONDITIONAL) {
            throw new InvalidRequestException("kind", "only a CONDITIONAL commitment has a trigger; this one is "
                    + commitment.kind);
        }
        if (input.metOn().isBefore(commitment.statedOn) || input.metOn().isAfter(today)) {
            throw new InvalidRequestException("metOn", "must lie between the statement (" + commitment.statedOn
                    + ") and today (" + today + "), got " + input.metOn());
        }
        TriggerMetRecord r = new TriggerMetRecord();
        r.commitmentId = commitmentId;
        r.metOn = input.metOn();
        r.citation = input.citation().strip();
        r.note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        r.recordedBy = caller.name();
        r.recordedAt = Instant.now();
        records.persist(r);
        audit.record(AuditEntry.Action.TRIGGER_MET_RECORDED, "commitment", commitmentId,
                "trigger met on " + r.metOn + ": " + r.citation);
        recorded.fire(InputsChanged.of("trigger met recorded"));
        return Optional.of(TriggerMetView.of(r));
    }

    public Page<TriggerMetView> recordsOf(String commitmentId, PageRequest page) {
        return records.ofCommitment(commitmentId, page).map(TriggerMetView::of);
    }
}
