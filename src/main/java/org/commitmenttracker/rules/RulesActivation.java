package org.commitmenttracker.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A rules version made active by a reload on one instance; the latest is what every instance serves. */
@Entity
@Immutable
@Table(name = "rules_activation")
public class RulesActivation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rules_activation_seq")
    @SequenceGenerator(name = "rules_activation_seq", sequenceName = "rules_activation_seq", allocationSize = 1)
    public Long id;

    @Column(nullable = false)
    public String version;

    @Column(name = "activated_at", nullable = false)
    public Instant activatedAt;

    @Column(name = "activated_by", nullable = false)
    public String activatedBy;

    /** The instance that compiled and activated it. */
    @Column(nullable = false)
    public String instance;
}
