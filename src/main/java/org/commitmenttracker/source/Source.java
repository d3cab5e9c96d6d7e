package org.commitmenttracker.source;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published release (press release or news report) that commitments and events are quoted from. */
@Entity
@Table(name = "source")
public class Source {

    @Id
    public String id;

    @Column(nullable = false)
    public String publisher;

    @Column(name = "stated_on", nullable = false)
    public LocalDate statedOn;

    @Column(nullable = false)
    public String title;

    @Column(name = "file_name")
    public String fileName;

    public String url;
}
