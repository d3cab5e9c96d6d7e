package org.commitmenttracker.alert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.jackson.JsonFormat;

/**
 * Writes what webhooks carry as CloudEvents 1.0 in structured mode (JSON, media type
 * {@value #MEDIA_TYPE}), with the CloudEvents SDK: the id is unique per change, the subject is the commitment.
 */
@ApplicationScoped
public class WebhookEvents {

    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String STATUS_CHANGED = "org.commitmenttracker.commitment.status.changed";
    public static final String EVIDENCE_SUGGESTED = "org.commitmenttracker.commitment.evidence.suggested";
    public static final String CANDIDATES_PROPOSED = "org.commitmenttracker.release.candidates.proposed";

    private final JsonFormat format = new JsonFormat();
    private final ObjectMapper json;
    private final String publicUrl;

    public WebhookEvents(ObjectMapper json, TrackerConfig config) {
        this.json = json;
        this.publicUrl = config.publicUrl();
    }

    /** The event id of a status change, unique for its source. */
    public static String idOf(StatusChange change) {
        return "status-change-" + change.outcomeId();
    }

    /** The event id of suggestions on one commitment, unique for its source: the last suggestion names it. */
    public static String idOf(AwaitingReview review) {
        return "suggestions-" + review.suggestionIds().get(review.suggestionIds().size() - 1);
    }

    public String evidenceSuggested(AwaitingReview review) {
        ObjectNode data = json.createObjectNode();
        commitment(data, review.commitmentId(), review.summary());
        var ids = data.putArray("suggestions");
        review.suggestionIds().forEach(ids::add);
        data.put("review", publicUrl + "/api/commitments/" + review.commitmentId() + "/suggestions?status=PENDING");
        return write(CloudEventBuilder.v1().withId(idOf(review))
                .withSource(URI.create(publicUrl + "/api/commitments/" + review.commitmentId() + "/suggestions"))
                .withType(EVIDENCE_SUGGESTED).withSubject(review.commitmentId())
                .withTime(java.time.OffsetDateTime.now(ZoneOffset.UTC)), data);
    }

    /** The event id of candidates from one release, unique for its source: the last candidate names it. */
    public static String idOf(ProposedCandidates release) {
        return "candidates-" + release.candidateIds().get(release.candidateIds().size() - 1);
    }

    public String candidatesProposed(ProposedCandidates release) {
        ObjectNode data = json.createObjectNode();
        data.putObject("source").put("id", release.sourceId()).put("title", release.title())
                .put("url", publicUrl + "/sources/" + release.sourceId() + "/release");
        var ids = data.putArray("candidates");
        release.candidateIds().forEach(ids::add);
        data.put("review", publicUrl + "/api/candidates?source=" + release.sourceId() + "&status=PENDING");
        return write(CloudEventBuilder.v1().withId(idOf(release))
                .withSource(URI.create(publicUrl + "/api/sources/" + release.sourceId() + "/text"))
                .withType(CANDIDATES_PROPOSED).withSubject(release.sourceId())
                .withTime(java.time.OffsetDateTime.now(ZoneOffset.UTC)), data);
    }

    public String statusChanged(StatusChange change) {
        ObjectNode data = json.createObjectNode();
        commitment(data, change.commitmentId(), change.summary());
        data.put("from", change.from() == null ? null : change.from().name());
        data.put("to", change.to().name());
        data.put("asOf", change.asOf().toString());
        data.put("rule", change.rule());
        data.put("explanation", change.explanation());
        data.put("run", change.runId());
        return write(CloudEventBuilder.v1().withId(idOf(change))
                .withSource(URI.create(publicUrl + "/api/evaluations/" + change.runId()))
                .withType(STATUS_CHANGED).withSubject(change.commitmentId())
                .withTime(change.at().atOffset(ZoneOffset.UTC)), data);
    }

    private void commitment(ObjectNode data, String id, String summary) {
        data.putObject("commitment").put("id", id).put("summary", summary).put("url", publicUrl + "/commitments/" + id);
    }

    private String write(CloudEventBuilder event, ObjectNode data) {
        CloudEvent built = event.withDataContentType("application/json").withData(JsonCloudEventData.wrap(data))
                .build();
        return new String(format.serialize(built), StandardCharsets.UTF_8);
    }
}
