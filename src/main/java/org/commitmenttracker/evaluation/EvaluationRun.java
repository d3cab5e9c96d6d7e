package org.commitmenttracker.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.commitmenttracker.rules.facts.Status;
import org.hibernate.annotations.Immutable;

/**
 * One evaluation of every commitment as of a date, with the rules version that decided it and its purpose (current,
 * replay or projection). Append-only.
 */
@Entity
@Immutable
@Table(name = "evaluation_run")
public class EvaluationRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_run_seq")
    @SequenceGenerator(name = "evaluation_run_seq", sequenceName = "evaluation_run_seq", allocationSize = 1)
    public Long id;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    public Instant finishedAt;

    @Column(name = "rules_version", nullable = false)
    public String rulesVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    public RunPurpose purpose;

    /** Why it was made: at start, on schedule, on request, or which change of data or rules. */
    @Column(name = "reason")
    public String reason;

    @Column(name = "commitment_count", nullable = false)
    public int commitmentCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evaluation_run_count", joinColumns = @JoinColumn(name = "run_id"))
    @MapKeyColumn(name = "status")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "status_count")
    public Map<Status, Integer> counts = new EnumMap<>(Status.class);
}
