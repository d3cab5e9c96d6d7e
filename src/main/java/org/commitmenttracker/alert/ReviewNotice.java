package org.commitmenttracker.alert;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** That a subscription has been told of a suggestion awaiting review; unique per pair, so it is told once. */
@Entity
@Table(name = "review_notice")
public class ReviewNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_notice_seq")
    @SequenceGenerator(name = "review_notice_seq", sequenceName = "review_notice_seq", allocationSize = 50)
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public long subscriptionId;

    @Column(name = "suggestion_id", nullable = false)
    public long suggestionId;
}
