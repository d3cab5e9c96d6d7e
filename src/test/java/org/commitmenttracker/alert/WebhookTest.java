package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.alert.AlertTestData.commitmentDue;
import static org.commitmenttracker.alert.AlertTestData.evaluate;
import static org.commitmenttracker.alert.AlertTestData.subscribe;
import static org.commitmenttracker.alert.AlertTestData.subscribed;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Webhooks: a status change arrives once as a signed CloudEvent; failures are retried, then disable. */
@QuarkusTest
@TestSecurity(user = "hank", roles = {Roles.STAFF})
class WebhookTest {

    @Inject
    WebhookDispatcher dispatcher;
    @Inject
    WebhookOutbox outbox;
    @Inject
    WebhookDeliveryRepository deliveries;

    @Test
    void aStatusChangeArrivesOnceAsASignedCloudEvent() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            FixedToday.is("2021-12-09");
            String commitment = commitmentDue("2021-12-10");
            evaluate();
            JsonPath created = subscribed(Map.of("channel", "WEBHOOK", "url", receiver.url(),
                    "commitments", List.of(commitment)));
            String secret = created.getString("secret");
            assertThat(secret).hasSize(48);
            given().get("/api/subscriptions/{id}", created.getLong("id")).then().body("secret", nullValue());

            FixedToday.is("2021-12-11");
            evaluate();
            WebhookReceiver.Received call = receiver.await(1).get(0);
            assertThat(call.headers().getFirst("Content-Type")).startsWith("application/cloudevents+json");
            assertThat(WebhookSignature.verify(secret, call.body(),
                    call.headers().getFirst(WebhookSignature.HEADER))).isTrue();
            assertThat(WebhookSignature.verify("another secret", call.body(),
                    call.headers().getFirst(WebhookSignature.HEADER))).isFalse();
            CloudEvent event = new JsonFormat().deserialize(call.body());
            assertThat(event.getSpecVersion().toString()).isEqualTo("1.0");
            assertThat(event.getType()).isEqualTo("org.commitmenttracker.commitment.status.changed");
            assertThat(event.getSubject()).isEqualTo(commitment);
            JsonPath data = new JsonPath(new String(event.getData().toBytes()));
            assertThat(data.getString("from")).isEqualTo("DUE_SOON");
            assertThat(data.getString("to")).isEqualTo("OVERDUE");
            assertThat(data.getString("asOf")).isEqualTo("2021-12-11");
            assertThat(data.getString("commitment.url")).isEqualTo("http://localhost:8080/commitments/" + commitment);

            evaluate();
            dispatcher.deliverDue(Instant.now().plus(Duration.ofDays(1)));
            assertThat(receiver.received()).as("each change is sent once").hasSize(1);
            given().get("/api/subscriptions/{id}/deliveries", created.getLong("id")).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].state", equalTo("DELIVERED"))
                    .body("items[0].eventId", equalTo(event.getId())).body("items[0].attempts", equalTo(1))
                    .body("items[0].lastStatus", equalTo(204));
        }
    }

    @Test
    void aFailingTargetIsRetriedWithGrowingWaitsThenDisabledAndReplacingItSendsAgain() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(500);
            FixedToday.is("2021-12-09");
            String commitment = commitmentDue("2021-12-10");
            evaluate();
            Map<String, Object> body = Map.of("channel", "WEBHOOK", "url", receiver.url(),
                    "commitments", List.of(commitment));
            long id = subscribe(body);
            FixedToday.is("2021-12-11");
            evaluate();
            receiver.await(1);
            JsonPath first = awaitAttempts(id, 1);
            assertThat(first.getString("items[0].state")).isEqualTo("PENDING");
            assertThat(first.getString("items[0].lastError")).isEqualTo("the target answered HTTP 500");
            Instant tried = Instant.parse(first.getString("items[0].lastAttemptAt"));
            assertThat(Duration.between(tried, Instant.parse(first.getString("items[0].nextAttemptAt"))))
                    .isEqualTo(Duration.ofSeconds(30));

            assertThat(dispatcher.deliverDue(tried.plusSeconds(29))).isZero();
            assertThat(receiver.received()).as("not due before its wait").hasSize(1);
            dispatcher.deliverDue(tried.plusSeconds(30));
            JsonPath second = deliveries(id);
            assertThat(second.getInt("items[0].attempts")).isEqualTo(2);
            assertThat(Duration.between(tried.plusSeconds(30), Instant.parse(second.getString(
                    "items[0].nextAttemptAt")))).as("twice the first wait").isEqualTo(Duration.ofMinutes(1));
            dispatcher.deliverDue(tried.plusSeconds(90));
            assertThat(receiver.received()).hasSize(3);
            given().get("/api/subscriptions/{id}", id).then().body("enabled", equalTo(false))
                    .body("disabledReason", containsString("Disabled after 3 failed attempts"))
                    .body("disabledReason", containsString("HTTP 500"));
            assertThat(deliveries(id).getString("items[0].state")).isEqualTo("FAILED");
            dispatcher.deliverDue(tried.plus(Duration.ofDays(1)));
            assertThat(receiver.received()).as("a disabled subscription is sent nothing").hasSize(3);

            receiver.answer(200);
            given().contentType(ContentType.JSON).body(body).put("/api/subscriptions/{id}", id).then()
                    .statusCode(200).body("enabled", equalTo(true));
            dispatcher.deliverDue(Instant.now().plusSeconds(1));
            assertThat(receiver.received()).hasSize(4);
            assertThat(deliveries(id).getString("items[0].state")).isEqualTo("DELIVERED");
        }
    }

    @Test
    void theOutboxQueuesEachChangeOnceHoweverOftenItIsAskedTo() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503);
            long id = subscribedToOneChange(receiver);
            awaitAttempts(id, 1);
            outbox.queueAll();
            outbox.queueAll();
            assertThat(deliveries(id).getInt("total")).isEqualTo(1);
        }
    }

    @Test
    void aDeliveryHeldByAnInstanceThatStoppedIsSentOnceByOneInstanceAfterItsClaimLapses() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503);
            long id = subscribedToOneChange(receiver);
            JsonPath failed = awaitAttempts(id, 1);
            long delivery = failed.getLong("items[0].id");
            Instant due = Instant.parse(failed.getString("items[0].nextAttemptAt"));
            Instant lapses = due.plus(Duration.ofMinutes(2));
            assertThat(QuarkusTransaction.requiringNew().call(() -> deliveries.claim(delivery, due, lapses)))
                    .as("an instance takes it, then stops before sending").isTrue();
            receiver.answer(204);

            assertThat(dispatcher.deliverDue(due.plusSeconds(60))).isZero();
            assertThat(receiver.received()).as("held by the stopped instance").hasSize(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<Integer>> rounds = two.invokeAll(List.<Callable<Integer>>of(
                    () -> dispatcher.deliverDue(lapses.plusSeconds(1)),
                    () -> dispatcher.deliverDue(lapses.plusSeconds(1))));
            two.shutdown();
            assertThat(rounds.get(0).get() + rounds.get(1).get()).isEqualTo(1);
            assertThat(receiver.received()).as("sent once, by one of two rounds at once").hasSize(2);
            assertThat(deliveries(id).getString("items[0].state")).isEqualTo("DELIVERED");
        }
    }

    /** Subscribes the receiver to a new commitment that then becomes overdue in a current run; the subscription id. */
    private static long subscribedToOneChange(WebhookReceiver receiver) {
        FixedToday.is("2021-12-09");
        String commitment = commitmentDue("2021-12-10");
        evaluate();
        long id = subscribe(Map.of("channel", "WEBHOOK", "url", receiver.url(), "commitments", List.of(commitment)));
        FixedToday.is("2021-12-11");
        evaluate();
        return id;
    }

    /** Waits until the subscription's newest delivery has been attempted the given number of times. */
    private static JsonPath awaitAttempts(long subscription, int attempts) {
        JsonPath log = Awaitility.await(attempts + " delivery attempts").atMost(Duration.ofMinutes(1))
                .until(() -> deliveries(subscription), d -> !d.getList("items").isEmpty()
                        && d.getInt("items[0].attempts") >= attempts);
        assertThat(log.getInt("items[0].attempts")).isEqualTo(attempts);
        return log;
    }

    private static JsonPath deliveries(long subscription) {
        return given().get("/api/subscriptions/{id}/deliveries", subscription).then().statusCode(200).extract()
                .jsonPath();
    }
}
