package org.commitmenttracker.trigger;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Staff's record that a conditional commitment's trigger was met on a day, with the citation that shows it. */
@Entity
@Table(name = "trigger_met")
public class TriggerMetRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trigger_met_seq")
    @SequenceGenerator(name = "trigger_met_seq", sequenceName = "trigger_met_seq", allocationSize = 50)
    public Long id;

    @Column(name = "commitment_id", nullable = false)
    public String commitmentId;

    @Column(name = "met_on", nullable = false)
    public LocalDate metOn;

    @Column(nullable = false)
    public String citation;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
