package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.commitmenttracker.TestData;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** What alert tests make through the API: a commitment due on a day, a current run, a subscription. */
final class AlertTestData {

    private AlertTestData() {
    }

    /** A new one-off commitment of Korea's on a topic of its own, due on the given day; returns its id. */
    static String commitmentDue(String deadline) {
        Map<String, Object> c = TestData.oneOff(TestData.createSource(), TestData.uniqueTopic(), List.of("KOR"),
                deadline);
        given().contentType(ContentType.JSON).body(c).post("/api/commitments").then().statusCode(201);
        return (String) c.get("id");
    }

    /** Evaluates as of today (the test's, see FixedToday): a current run. */
    static void evaluate() {
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/evaluations").then().statusCode(201);
    }

    /** Waits, up to a minute, for the given number of mails to the address, and returns them. */
    static List<Mail> awaitMails(MockMailbox mailbox, String address, int count) {
        Awaitility.await(count + " mails to " + address).atMost(Duration.ofMinutes(1))
                .until(() -> mailbox.getMailsSentTo(address).size() >= count);
        assertThat(mailbox.getMailsSentTo(address)).hasSize(count);
        return mailbox.getMailsSentTo(address);
    }

    static long subscribe(Map<String, Object> body) {
        return subscribed(body).getLong("id");
    }

    /** The answer to subscribing, which alone carries a webhook's secret. */
    static JsonPath subscribed(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/subscriptions").then().statusCode(201)
                .extract().jsonPath();
    }
}
