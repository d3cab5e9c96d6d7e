package org.commitmenttracker.alert;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.commitmenttracker.http.Ids;
import org.commitmenttracker.rules.facts.Kind;
import org.commitmenttracker.rules.facts.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription as submitted: the changes of interest (empty filters match all) and the channel. */
@Schema(description = "Which status changes to be told about, and how")
public record SubscriptionInput(
        @NotNull @Schema(description = "EMAIL (a digest), WEBHOOK (a signed CloudEvent POSTed for each change) or FEED "
                + "(an Atom feed of its own)") Subscription.Channel channel,
        @Schema(description = "EMAIL only: IMMEDIATE (after each current run that changes something), DAILY or "
                + "WEEKLY; IMMEDIATE when omitted") Subscription.Digest digest,
        @Email @Size(max = 320) @Schema(description = "EMAIL only: where the digest goes", examples = "desk@example.org")
        String email,
        @Size(max = 2000) @Schema(description = "WEBHOOK only: the http or https URL events are POSTed to; refused "
                + "when it resolves to a loopback or private address", examples = "https://hooks.example.org/tracker")
        String url,
        @Size(max = 50) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> actors,
        @Size(max = 50) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> addressees,
        @Size(max = 50) Set<@NotBlank @Size(max = Ids.TERM_MAX) String> topics,
        @Size(max = 10) Set<@NotNull Kind> kinds,
        @Size(max = 200) Set<@NotBlank @Size(max = 100) String> commitments,
        @Schema(description = "The statuses of interest: a change to one of them alerts; all when omitted",
                examples = "[\"OVERDUE\", \"DUE_SOON\", \"FULFILLED\"]")
        @Size(max = 20) Set<@NotNull Status> statuses,
        @Schema(description = "Also tell of suggested evidence awaiting review on the selected commitments (the "
                + "statuses filter does not apply to it); false when omitted") Boolean suggestions,
        @Schema(description = "Also tell of commitments proposed from releases' texts awaiting review, whose "
                + "actors, addressees, topics and kind meet the filters; false when omitted") Boolean candidates) {
}
