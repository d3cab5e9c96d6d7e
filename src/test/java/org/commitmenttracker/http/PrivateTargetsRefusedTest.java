package org.commitmenttracker.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import jakarta.inject.Inject;

import org.commitmenttracker.alert.SubscriptionRepository;
import org.commitmenttracker.feed.FeedRepository;
import org.commitmenttracker.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** With production's settings, a webhook or a feed on the service's own network is refused naming the field. */
@QuarkusTest
@TestProfile(PrivateTargetsRefusedTest.ProductionTargets.class)
@TestSecurity(user = "ivy", roles = {Roles.VIEWER})
class PrivateTargetsRefusedTest {

    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.alerts.webhooks.allow-private-targets", "false",
                    "tracker.feeds.allow-private-targets", "false");
        }
    }

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    FeedRepository feeds;

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9/hook", "http://127.0.0.1/hook", "http://169.254.169.254/latest",
            "http://10.0.0.7/hook", "http://[::1]/hook"})
    void aWebhookToALoopbackOrPrivateAddressIsRefusedAndNothingStored(String url) {
        long before = subscriptions.count();
        given().contentType(ContentType.JSON).body(Map.of("channel", "WEBHOOK", "url", url))
                .post("/api/subscriptions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"))
                .body("errors.message", hasItem(containsString("which is not a public address")));
        assertThat(subscriptions.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:9/lastupdate.txt", "http://127.0.0.1/gdeltv2/lastupdate.txt",
            "http://169.254.169.254/latest", "http://10.0.0.7/feed.xml", "http://[::1]/lastupdate.txt",
            "http://[::ffff:127.0.0.1]/lastupdate.txt"})
    @TestSecurity(user = "ivy", roles = {Roles.VIEWER, Roles.RULES_ADMIN})
    void aFeedOnALoopbackOrPrivateAddressIsRefusedAndNothingStored(String url) {
        long before = feeds.count();
        given().contentType(ContentType.JSON).body(Map.of("id", "private-" + System.nanoTime(), "kind", "GDELT_EVENTS",
                        "url", url)).post("/api/feeds").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("url"))
                .body("errors.message", hasItem(containsString("which is not a public address")));
        assertThat(feeds.count()).isEqualTo(before);
    }
}
