package org.commitmenttracker.alert;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One webhook delivery as the delivery log shows it: what was sent, how each attempt went, what comes next. */
public record DeliveryView(long id, String eventId, String eventType, String commitmentId,
                           WebhookDelivery.State state, int attempts, Instant createdAt, Instant lastAttemptAt,
                           @Schema(description = "The HTTP status of the last answer; absent when there was none")
                           Integer lastStatus, String lastError,
                           @Schema(description = "When it is tried next; only while PENDING") Instant nextAttemptAt,
                           Instant deliveredAt,
                           @Schema(description = "The exact body sent: a CloudEvent in JSON") String event) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.commitmentId, d.state, d.attempts, d.createdAt,
                d.lastAttemptAt, d.lastStatus, d.lastError,
                d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null, d.deliveredAt, d.payload);
    }
}
