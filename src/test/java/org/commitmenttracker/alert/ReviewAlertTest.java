package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.alert.AlertTestData.subscribe;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.intake.GdeltRow;
import org.commitmenttracker.intake.Imports;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Suggested evidence from an import reaches the subscriptions that asked for it, once, by mail and by webhook. */
@QuarkusTest
@TestSecurity(user = "judy", roles = {Roles.STAFF})
class ReviewAlertTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    DigestSender digests;

    @BeforeEach
    void emptyTheMailbox() {
        mailbox.clear();
    }

    @Test
    void suggestedEvidenceFromAnImportIsToldOnceToSubscriptionsThatAskedForIt() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, Object> promise = TestData.oneOff(TestData.createSource(), "defence", List.of("WSM", "VUT"),
                    "2033-12-31");
            promise.put("statedOn", "2033-01-02");
            given().contentType(ContentType.JSON).body(promise).post("/api/commitments").then().statusCode(201);
            String commitment = (String) promise.get("id");
            String asked = TestData.unique("judy") + "@example.org";
            String notAsked = TestData.unique("judy") + "@example.org";
            subscribe(Map.of("channel", "EMAIL", "email", asked, "commitments", List.of(commitment),
                    "statuses", List.of("FULFILLED"), "suggestions", true));
            subscribe(Map.of("channel", "EMAIL", "email", notAsked, "commitments", List.of(commitment)));
            long hook = subscribe(Map.of("channel", "WEBHOOK", "url", receiver.url(),
                    "commitments", List.of(commitment), "suggestions", true));

            byte[] file = GdeltRow.file(GdeltRow.of(System.nanoTime(), "20330310", "WSM", "VUT", "040")
                    .counts(12, 3, 9)).getBytes(StandardCharsets.UTF_8);
            Imports.run("gdelt", file, "fileName", "20330310.export.CSV");

            Mail mail = AlertTestData.awaitMails(mailbox, asked, 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("Commitment tracker: evidence to review on 1 commitment(s)");
            assertThat(mail.getText()).contains("No commitment changed status.", "Evidence awaiting review (1)",
                    "1 suggested event(s) to confirm or reject", "http://localhost:8080/commitments/" + commitment);
            CloudEvent event = new JsonFormat().deserialize(receiver.await(1).get(0).body());
            assertThat(event.getType()).isEqualTo("org.commitmenttracker.commitment.evidence.suggested");
            assertThat(event.getSubject()).isEqualTo(commitment);
            long suggestion = given().get("/api/commitments/{id}/suggestions", commitment).then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            assertThat(new JsonPath(new String(event.getData().toBytes())).getList("suggestions", Long.class))
                    .containsExactly(suggestion);

            Imports.send("gdelt", file, "fileName", "20330310-again.export.CSV").then().statusCode(200);
            digests.sendDue(Subscription.Digest.IMMEDIATE);
            assertThat(mailbox.getMailsSentTo(asked)).as("told once").hasSize(1);
            assertThat(mailbox.getMailsSentTo(notAsked)).as("did not ask").isEmpty();
            given().get("/api/subscriptions/{id}/deliveries", hook).then().statusCode(200)
                    .body("total", org.hamcrest.Matchers.equalTo(1));
        }
    }
}
