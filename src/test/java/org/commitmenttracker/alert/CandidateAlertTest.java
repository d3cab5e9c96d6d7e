package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.alert.AlertTestData.subscribe;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** Commitments proposed from a release's text reach the subscriptions that asked for them, filtered, once. */
@QuarkusTest
@TestSecurity(user = "nina", roles = {Roles.STAFF})
class CandidateAlertTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    DigestSender digests;

    @BeforeEach
    void emptyTheMailbox() {
        mailbox.clear();
    }

    @Test
    void candidatesFromAReleaseAreToldOnceToSubscriptionsWhoseFiltersTheyMeet() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             InputStream in = getClass().getResourceAsStream("/extraction/joint-statement.txt")) {
            byte[] release = in.readAllBytes();
            String japan = TestData.unique("nina") + "@example.org";
            String brazil = TestData.unique("nina") + "@example.org";
            subscribe(Map.of("channel", "EMAIL", "email", japan, "actors", List.of("Japan"), "candidates", true));
            subscribe(Map.of("channel", "EMAIL", "email", brazil, "actors", List.of("BRA"), "candidates", true));
            subscribe(Map.of("channel", "WEBHOOK", "url", receiver.url(), "candidates", true,
                    "topics", List.of("trade", "energy", "economy")));
            String source = TestData.createSource();
            given().contentType("text/plain").body(release).post("/api/sources/{id}/text", source).then()
                    .statusCode(201);

            Mail mail = AlertTestData.awaitMails(mailbox, japan, 1).get(0);
            assertThat(mail.getSubject()).isEqualTo("Commitment tracker: 2 candidate commitment(s) to review");
            assertThat(mail.getText()).contains("Commitments proposed from releases, to review (1 release(s))",
                    "A release written for a test: 2 candidate(s)",
                    "http://localhost:8080/sources/" + source + "/release");
            CloudEvent event = receiver.await(1).stream().map(r -> new JsonFormat().deserialize(r.body()))
                    .filter(e -> e.getSubject().equals(source)).findFirst().orElseThrow();
            assertThat(event.getType()).isEqualTo("org.commitmenttracker.release.candidates.proposed");
            assertThat(new JsonPath(new String(event.getData().toBytes())).getList("candidates")).hasSize(2);

            given().contentType("text/plain").body(release).post("/api/sources/{id}/text", source).then()
                    .statusCode(200);
            digests.sendDue(Subscription.Digest.IMMEDIATE);
            assertThat(mailbox.getMailsSentTo(japan)).as("told once").hasSize(1);
            assertThat(mailbox.getMailsSentTo(brazil)).as("no candidate of Brazil's").isEmpty();
        }
    }
}
