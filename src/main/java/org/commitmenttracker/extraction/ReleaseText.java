package org.commitmenttracker.extraction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A release's text as it was read: HTML cleaned to plain text, line ends made uniform. Candidates' offsets point
 * into {@link #content}. The same text for the same source is stored once (by its SHA-256).
 */
@Entity
@Table(name = "release_text")
public class ReleaseText {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "release_text_seq")
    @SequenceGenerator(name = "release_text_seq", sequenceName = "release_text_seq", allocationSize = 50)
    public Long id;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    @Column(nullable = false)
    public String sha256;

    /** How it arrived: text/plain or text/html. */
    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public String content;

    /** The rules version whose extraction rules read it. */
    @Column(name = "rules_version", nullable = false)
    public String rulesVersion;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** What extraction set aside unread, in text order: its reading report. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "release_set_aside", joinColumns = @JoinColumn(name = "release_id"))
    @OrderColumn(name = "position")
    public List<SetAsidePart> setAside = new ArrayList<>();
}
