package org.commitmenttracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.TestData.event;
import static org.commitmenttracker.TestData.uniqueTopic;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.event.EventRepository;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Bodies other than an import's are refused above tracker.max-request-size (2 MiB in tests) with a 413 problem, and
 * nothing is stored, whether the client states the length or streams the body in chunks without one.
 */
@QuarkusTest
class BodyLimitsTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String STAFF = "Basic " + Base64.getEncoder().encodeToString("staff:staff".getBytes());

    @TestHTTPResource("/api/events")
    URI events;

    @Inject
    EventRepository stored;

    @Inject
    ObjectMapper json;

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        long before = stored.count();

        HttpResponse<String> answer = post(chunked(oversizedEvent()));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(json.readValue(answer.body(), Problem.class)).satisfies(problem -> {
            assertThat(problem.status()).isEqualTo(413);
            assertThat(problem.detail()).isEqualTo("The request body is larger than 2097152 bytes.");
            assertThat(problem.instance()).isEqualTo(events.getPath());
        });
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void aBodyStatingALengthOverTheLimitIsRefusedAndNothingIsStored() throws Exception {
        long before = stored.count();

        HttpResponse<String> answer = post(HttpRequest.BodyPublishers.ofByteArray(oversizedEvent()));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(stored.count()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsAnyOther() throws Exception {
        Map<String, Object> event = event("2022-03-01", "visit", List.of("IND", "KOR"), uniqueTopic());

        HttpResponse<String> answer = post(chunked(json.writeValueAsBytes(event)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(stored.findByIdOptional(event.get("id").toString())).isPresent();
    }

    private HttpResponse<String> post(BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(events).header("Authorization", STAFF)
                .header("Content-Type", "application/json").POST(body).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** No length is known in advance, so the client sends Transfer-Encoding: chunked. */
    private static BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /** A well-formed event whose title alone is 3 MiB. */
    private byte[] oversizedEvent() throws Exception {
        char[] title = new char[3 * 1024 * 1024];
        Arrays.fill(title, 'x');
        Map<String, Object> event = new java.util.HashMap<>(event("2022-03-01", "visit", List.of("IND"), uniqueTopic()));
        event.put("title", new String(title));
        return json.writeValueAsBytes(event);
    }
}
