package org.commitmenttracker.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a subscription has been told of a candidate commitment; unique per pair, so it is told once. */
@Entity
@Table(name = "candidate_notice")
public class CandidateNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_notice_seq")
    @SequenceGenerator(name = "candidate_notice_seq", sequenceName = "candidate_notice_seq", allocationSize = 50)
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public long subscriptionId;

    @Column(name = "candidate_id", nullable = false)
    public long candidateId;
}
