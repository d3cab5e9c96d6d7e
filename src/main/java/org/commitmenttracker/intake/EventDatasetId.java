package org.commitmenttracker.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.commitmenttracker.event.Event;

/** A dataset's own id of a row merged into an event ("gdelt:1234567"): a row seen twice is recognised. */
@Entity
@Table(name = "event_dataset_id")
public class EventDatasetId {

    @Id
    @Column(name = "dataset_key")
    public String datasetKey;

    /** An association rather than an id, so that Hibernate writes the event before the rows that name it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    public Event event;

    public EventDatasetId() {
    }

    EventDatasetId(String datasetKey, Event event) {
        this.datasetKey = datasetKey;
        this.event = event;
    }
}
