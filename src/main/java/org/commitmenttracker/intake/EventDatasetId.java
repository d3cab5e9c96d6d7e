package org.commitmenttracker.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dataset's own id of a row merged into an event ("gdelt:1234567"): a row seen twice is recognised. */
@Entity
@Table(name = "event_dataset_id")
public class EventDatasetId {

    @Id
    @Column(name = "dataset_key")
    public String datasetKey;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    public EventDatasetId() {
    }

    EventDatasetId(String datasetKey, String eventId) {
        this.datasetKey = datasetKey;
        this.eventId = eventId;
    }
}
