package org.commitmenttracker.alert;

import static io.restassured.RestAssured.given;
import static org.commitmenttracker.alert.AlertTestData.commitmentDue;
import static org.commitmenttracker.alert.AlertTestData.evaluate;
import static org.commitmenttracker.alert.AlertTestData.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.TestData;
import org.commitmenttracker.evaluation.FixedToday;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.rometools.rome.io.SyndFeedInput;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Subscriptions: their owners alone edit them; a status change reaches them by e-mail digest and by feed. */
@QuarkusTest
class SubscriptionTest {

    @Inject
    MockMailbox mailbox;
    @Inject
    DigestSender digests;
    @Inject
    SubscriptionRepository subscriptions;

    @BeforeEach
    void emptyTheMailbox() {
        mailbox.clear();
    }

    @Test
    @TestSecurity(user = "alice", roles = {Roles.STAFF})
    void aStatusChangeReachesAnImmediateSubscriberByMailOnceAndUnsubscribingStopsIt() {
        FixedToday.is("2021-12-09");
        String commitment = commitmentDue("2021-12-10");
        evaluate();
        String address = TestData.unique("alice") + "@example.org";
        long id = subscribe(Map.of("channel", "EMAIL", "email", address, "commitments", List.of(commitment),
                "statuses", List.of("OVERDUE", "FULFILLED")));

        FixedToday.is("2021-12-11");
        evaluate();
        List<Mail> mails = AlertTestData.awaitMails(mailbox, address, 1);
        Mail mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Commitment tracker: 1 status change(s) (Overdue)");
        assertThat(mail.getText()).contains("Overdue (1)", "The parties promised to meet once.",
                "DUE SOON -> OVERDUE, as of 2021-12-11", "http://localhost:8080/commitments/" + commitment,
                "Unsubscribe: http://localhost:8080/alerts/unsubscribe?token=");
        assertThat(mail.getHeaders().get("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(mail.getHtml()).contains("<a href=\"http://localhost:8080/commitments/" + commitment + "\">");

        evaluate(); // nothing changed: nothing more is sent
        digests.sendDue(Subscription.Digest.IMMEDIATE);
        assertThat(mailbox.getMailsSentTo(address)).hasSize(1);

        String unsubscribe = mail.getText().lines().filter(l -> l.startsWith("Unsubscribe: ")).findFirst()
                .orElseThrow().substring("Unsubscribe: http://localhost:8080".length());
        String token = unsubscribe.substring(unsubscribe.indexOf("token=") + "token=".length());
        given().accept(ContentType.HTML).get(unsubscribe).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("value=\"" + token + "\""));
        given().get("/api/subscriptions/{id}", id).then().body("enabled", equalTo(true)); // following the link asks
        given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("token", token)
                .post("/alerts/unsubscribe").then().statusCode(200);
        given().get("/api/subscriptions/{id}", id).then().body("enabled", equalTo(false))
                .body("disabledReason", equalTo("unsubscribed from an e-mail"));
        given().accept(ContentType.HTML).get("/alerts/unsubscribe?token=nonsense").then().statusCode(404);
        given().accept(ContentType.HTML).contentType(ContentType.URLENC).formParam("token", "nonsense")
                .post("/alerts/unsubscribe").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "bob", roles = {Roles.STAFF})
    void aDailyDigestCarriesTheChangesSinceTheLastAndAFeedSubscriptionHasItsOwnFeed() throws Exception {
        FixedToday.is("2021-12-09");
        String commitment = commitmentDue("2021-12-10");
        evaluate();
        String address = TestData.unique("bob") + "@example.org";
        subscribe(Map.of("channel", "EMAIL", "digest", "DAILY", "email", address, "commitments", List.of(commitment)));
        long feed = subscribe(Map.of("channel", "FEED", "commitments", List.of(commitment)));
        FixedToday.is("2021-12-11");
        evaluate();

        digests.sendDue(Subscription.Digest.DAILY);
        assertThat(mailbox.getMailsSentTo(address)).hasSize(1);
        assertThat(mailbox.getMailsSentTo(address).get(0).getText()).startsWith("1 commitment(s) changed status "
                + "since the last daily digest.");
        digests.sendDue(Subscription.Digest.DAILY);
        assertThat(mailbox.getMailsSentTo(address)).as("nothing new, nothing sent").hasSize(1);

        String xml = given().accept("application/atom+xml").get("/api/subscriptions/{id}/feed", feed).then()
                .statusCode(200).extract().asString();
        assertThat(new SyndFeedInput().build(new StringReader(xml)).getEntries()).extracting(e -> e.getTitle())
                .containsExactly("The parties promised to meet once: due soon → overdue",
                        "The parties promised to meet once: due soon");
    }

    @Test
    @TestSecurity(user = "carol", roles = {Roles.VIEWER})
    void onlyItsOwnerSeesOrChangesASubscription() {
        long mine = subscribe(Map.of("channel", "FEED"));
        long theirs = SubscriptionsOfOthers.stored("dave", subscriptions);

        given().get("/api/subscriptions").then().body("items.id", hasItem((int) mine))
                .body("items.id", not(hasItem((int) theirs))).body("items.owner", org.hamcrest.Matchers
                        .everyItem(equalTo("carol")));
        given().get("/api/subscriptions/{id}", theirs).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("channel", "FEED")).put("/api/subscriptions/{id}", theirs)
                .then().statusCode(404);
        given().delete("/api/subscriptions/{id}", theirs).then().statusCode(404);
        given().delete("/api/subscriptions/{id}", mine).then().statusCode(204);
        given().get("/api/subscriptions/{id}", mine).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "erin", roles = {Roles.AUDITOR})
    void anAuditorReadsEveryonesSubscriptions() {
        long theirs = SubscriptionsOfOthers.stored("frank", subscriptions);
        given().queryParam("size", 200).get("/api/subscriptions").then().body("items.owner", hasItem("frank"));
        given().get("/api/subscriptions/{id}", theirs).then().statusCode(200).body("owner", equalTo("frank"));
        given().delete("/api/subscriptions/{id}", theirs).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "grace", roles = {Roles.VIEWER})
    void badSubscriptionsAreRefusedNamingTheFieldAndNothingIsStored() {
        long before = subscriptions.count();
        refused(Map.of("email", "x@example.org"), "channel");
        refused(Map.of("channel", "EMAIL"), "email");
        refused(Map.of("channel", "EMAIL", "email", "not an address"), "email");
        refused(Map.of("channel", "FEED", "digest", "DAILY"), "digest");
        refused(Map.of("channel", "FEED", "email", "x@example.org"), "email");
        refused(Map.of("channel", "WEBHOOK"), "url");
        refused(Map.of("channel", "FEED", "url", "http://localhost/hook"), "url");
        refused(Map.of("channel", "WEBHOOK", "url", "http://localhost/hook", "digest", "DAILY"), "digest");
        refused(Map.of("channel", "WEBHOOK", "url", "ftp://localhost/hook"), "url");
        refused(Map.of("channel", "WEBHOOK", "url", "/hook"), "url");
        refused(Map.of("channel", "WEBHOOK", "url", "http://local host/hook"), "url");
        refused(Map.of("channel", "WEBHOOK", "url", "http://user:secret@localhost/hook"), "url");
        refused(Map.of("channel", "WEBHOOK", "url", "http://no-such-host.invalid/hook"), "url");
        given().contentType(ContentType.JSON).body(Map.of("channel", "FEED", "statuses", List.of("LATE")))
                .post("/api/subscriptions").then().statusCode(400).contentType("application/problem+json");
        assertThat(subscriptions.count()).isEqualTo(before);
    }

    private static void refused(Map<String, Object> body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/api/subscriptions").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
