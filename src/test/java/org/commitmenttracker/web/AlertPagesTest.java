package org.commitmenttracker.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.commitmenttracker.security.Roles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** "My alerts": subscribe from a form, see the subscription listed, delete it. */
@QuarkusTest
@TestSecurity(user = "heidi", roles = Roles.VIEWER)
class AlertPagesTest {

    @Test
    void aUserSubscribesFromTheFormSeesItAndDeletesIt() {
        given().contentType(ContentType.URLENC).formParam("channel", "EMAIL").formParam("digest", "WEEKLY")
                .formParam("email", "heidi@example.org").formParam("actors", "Republic of Korea, IND")
                .formParam("status", "OVERDUE").formParam("status", "FULFILLED").redirects().follow(false)
                .post("/alerts").then().statusCode(303);
        given().get("/api/subscriptions").then().body("total", equalTo(1))
                .body("items[0].actors", org.hamcrest.Matchers.contains("IND", "KOR"))
                .body("items[0].digest", equalTo("WEEKLY"));
        int id = given().get("/api/subscriptions").then().extract().path("items[0].id");

        String page = given().accept(ContentType.HTML).get("/alerts").then().statusCode(200).extract().asString();
        assertThat(page).contains("E-mail weekly to heidi@example.org", "to FULFILLED, OVERDUE", "by IND, KOR");

        given().contentType(ContentType.URLENC).formParam("channel", "EMAIL").formParam("email", "not an address")
                .post("/alerts").then().statusCode(400);
        given().redirects().follow(false).post("/alerts/{id}/delete", id).then().statusCode(303);
        given().get("/api/subscriptions").then().body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "ivan", roles = Roles.VIEWER)
    void aWebhookSubscribedFromTheFormShowsItsSecretOnceOnly() {
        String created = given().contentType(ContentType.URLENC).formParam("channel", "WEBHOOK")
                .formParam("url", "http://localhost:9/hooks/ivan").post("/alerts").then().statusCode(200).extract()
                .asString();
        String secret = Jsoup.parse(created).selectFirst("code.secret").text();
        assertThat(secret).matches("[0-9a-f]{48}");
        String later = given().accept(ContentType.HTML).get("/alerts").then().statusCode(200).extract().asString();
        assertThat(later).contains("Webhook to <code>http://localhost:9/hooks/ivan</code>").doesNotContain(secret);
        int id = given().get("/api/subscriptions").then().extract().path("items[0].id");
        given().redirects().follow(false).post("/alerts/{id}/delete", id).then().statusCode(303);
    }
}
