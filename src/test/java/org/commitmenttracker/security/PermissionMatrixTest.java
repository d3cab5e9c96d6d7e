package org.commitmenttracker.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.commitmenttracker.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint by every role, and anonymously, signing in for real with HTTP Basic. The matrix must name every
 * operation of the OpenAPI document: a new endpoint without a row fails {@link #everyEndpointHasARow()}.
 * Writes are sent invalid where possible, so that an allowed role gets 400 and nothing is stored.
 */
@QuarkusTest
class PermissionMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final List<String> CALLERS = List.of(ANONYMOUS, Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN);
    static final Set<String> EVERYONE = Set.of(Roles.VIEWER, Roles.AUDITOR, Roles.STAFF, Roles.RULES_ADMIN);
    static final Set<String> STAFF = Set.of(Roles.STAFF);
    static final Set<String> RULES = Set.of(Roles.RULES_ADMIN);
    static final Set<String> AUDIT = Set.of(Roles.AUDITOR, Roles.RULES_ADMIN);
    static final String RULE_FILE = "{\"path\": \"extra/empty.drl\", \"content\": \"package extra;\"}";

    private static Fixtures fixtures;

    /** Records the GET endpoints read, created once by the staff user; rows name them as {source}, {run}... */
    record Fixtures(String source, String commitment, String event, long run, String rulesVersion) {

        String resolve(String path) {
            return path.replace("{source}", source).replace("{commitment}", commitment).replace("{event}", event)
                    .replace("{run}", String.valueOf(run)).replace("{version}", rulesVersion);
        }
    }

    /**
     * One endpoint: the operation as OpenAPI names it, the request to send, who may call it (null: everyone, signed
     * in or not), what they get, and what an anonymous caller gets (401 for the API, a redirect to sign in for pages).
     */
    record Row(String operation, String path, String body, String contentType, String accept, Set<String> allowed,
               int allowedStatus, int anonymousStatus) {

        Row(String operation, String path, String body, Set<String> allowed, int allowedStatus) {
            this(operation, path, body, ContentType.JSON.toString(), null, allowed, allowedStatus, 401);
        }

        static Row page(String operation, String path, Set<String> allowed, int allowedStatus) {
            return new Row(operation, path, null, null, null, allowed, allowedStatus, 303);
        }

        int expectedFor(String caller) {
            if (caller.equals(ANONYMOUS)) {
                return allowed == null ? allowedStatus : anonymousStatus;
            }
            return allowed == null || allowed.contains(caller) ? allowedStatus : 403;
        }
    }

    /** Created on first use: RestAssured knows the test port only once the first test runs. */
    static synchronized Fixtures fixtures() {
        if (fixtures == null) {
            fixtures = createFixtures();
        }
        return fixtures;
    }

    static Fixtures createFixtures() {
        String source = TestData.createSourceAs(Roles.STAFF);
        Map<String, Object> commitment = TestData.oneOff(source, TestData.uniqueTopic(), List.of("KOR"), "2021-12-10");
        as(Roles.STAFF).contentType(ContentType.JSON).body(commitment).post("/api/commitments").then().statusCode(201);
        Map<String, Object> event = TestData.event("2021-06-01", "meeting", List.of("KOR"), "defence");
        as(Roles.STAFF).contentType(ContentType.JSON).body(event).post("/api/events").then().statusCode(201);
        long run = ((Number) as(Roles.STAFF).contentType(ContentType.JSON).body("{}").post("/api/evaluations")
                .then().statusCode(201).extract().path("id")).longValue();
        String version = as(Roles.AUDITOR).get("/api/rules").then().statusCode(200).extract().path("version");
        return new Fixtures(source, (String) commitment.get("id"), (String) event.get("id"), run, version);
    }

    static List<Row> rows() {
        return List.of(
                new Row("GET /api/sources", "/api/sources", null, EVERYONE, 200),
                new Row("GET /api/sources/{id}", "/api/sources/{source}", null, EVERYONE, 200),
                new Row("POST /api/sources", "/api/sources", "{}", STAFF, 400),
                new Row("GET /api/commitments", "/api/commitments", null, EVERYONE, 200),
                new Row("GET /api/commitments/{id}", "/api/commitments/{commitment}", null, EVERYONE, 200),
                new Row("GET /api/commitments/{id}/history", "/api/commitments/{commitment}/history", null,
                        EVERYONE, 200),
                new Row("POST /api/commitments", "/api/commitments", "{}", STAFF, 400),
                new Row("GET /api/events", "/api/events", null, EVERYONE, 200),
                new Row("GET /api/events/{id}", "/api/events/{event}", null, EVERYONE, 200),
                new Row("POST /api/events", "/api/events", "{}", STAFF, 400),
                new Row("POST /api/evaluations", "/api/evaluations", "{\"asOf\": \"2022-01-08\"}", STAFF, 201),
                new Row("POST /api/evaluations", "/api/evaluations?dryRun=true", "{\"asOf\": \"2022-01-08\"}",
                        Set.of(Roles.STAFF, Roles.RULES_ADMIN), 200),
                new Row("POST /api/evaluations", "/api/evaluations?dryRun=true", "{\"rules\": [" + RULE_FILE + "]}",
                        RULES, 200),
                new Row("GET /api/evaluations", "/api/evaluations", null, EVERYONE, 200),
                new Row("GET /api/evaluations/{id}", "/api/evaluations/{run}", null, EVERYONE, 200),
                new Row("GET /api/evaluations/current", "/api/evaluations/current", null, EVERYONE, 200),
                new Row("GET /api/commitments/{id}/trigger-met", "/api/commitments/{commitment}/trigger-met", null,
                        EVERYONE, 200),
                new Row("POST /api/commitments/{id}/trigger-met", "/api/commitments/{commitment}/trigger-met", "{}",
                        STAFF, 400),
                new Row("GET /api/evaluations/{from}/diff/{to}", "/api/evaluations/{run}/diff/{run}",
                        null, EVERYONE, 200),
                new Row("GET /api/outcomes", "/api/outcomes", null, EVERYONE, 200),
                new Row("GET /api/scorecards", "/api/scorecards", null, EVERYONE, 200),
                new Row("GET /api/scorecards/trend", "/api/scorecards/trend?by=kind", null, EVERYONE, 200),
                new Row("GET /api/subscriptions", "/api/subscriptions", null, EVERYONE, 200),
                new Row("POST /api/subscriptions", "/api/subscriptions", "{}", EVERYONE, 400),
                new Row("GET /api/subscriptions/{id}", "/api/subscriptions/999999", null, EVERYONE, 404),
                new Row("PUT /api/subscriptions/{id}", "/api/subscriptions/999999", "{\"channel\": \"FEED\"}",
                        EVERYONE, 404),
                new Row("DELETE /api/subscriptions/{id}", "/api/subscriptions/999999", null, EVERYONE, 404),
                new Row("GET /api/subscriptions/{id}/deliveries", "/api/subscriptions/999999/deliveries", null,
                        EVERYONE, 404),
                new Row("GET /api/subscriptions/{id}/feed", "/api/subscriptions/999999/feed", null, null,
                        "application/atom+xml", EVERYONE, 404, 401),
                new Row("GET /api/alerts/feed", "/api/alerts/feed", null, null, "application/atom+xml", EVERYONE, 200,
                        401),
                new Row("GET /api/outcomes", "/api/outcomes", null, null, "text/csv", EVERYONE, 200, 401),
                new Row("GET /api/audit-log", "/api/audit-log", null, Set.of(Roles.AUDITOR), 200),
                new Row("GET /api/rules", "/api/rules", null, AUDIT, 200),
                new Row("POST /api/rules/reload", "/api/rules/reload", null, RULES, 200),
                new Row("POST /api/rules/validate", "/api/rules/validate", "{}", RULES, 400),
                new Row("POST /api/rules/test", "/api/rules/test", null, RULES, 200),
                new Row("GET /api/rules/versions", "/api/rules/versions", null, AUDIT, 200),
                new Row("GET /api/rules/versions/{version}", "/api/rules/versions/{version}", null, AUDIT,
                        200),
                new Row("GET /api/vocabulary", "/api/vocabulary", null, EVERYONE, 200),
                new Row("POST /api/imports", "/api/imports", "{}", STAFF, 400),
                new Row("GET /api/imports", "/api/imports", null, EVERYONE, 200),
                new Row("GET /api/imports/{id}", "/api/imports/0", null, EVERYONE, 404),
                new Row("POST /api/sources/{id}/text", "/api/sources/{source}/text", "", "text/plain", null, STAFF,
                        400, 401),
                new Row("GET /api/sources/{id}/text", "/api/sources/{source}/text", null, EVERYONE, 404),
                new Row("GET /api/candidates", "/api/candidates", null, EVERYONE, 200),
                new Row("GET /api/feeds", "/api/feeds", null, EVERYONE, 200),
                new Row("POST /api/feeds", "/api/feeds", "{}", RULES, 400),
                new Row("GET /api/feeds/{id}", "/api/feeds/no-such-feed", null, EVERYONE, 404),
                new Row("DELETE /api/feeds/{id}", "/api/feeds/no-such-feed", null, RULES, 404),
                new Row("POST /api/feeds/{id}/poll", "/api/feeds/no-such-feed/poll", null, RULES, 404),
                new Row("GET /api/feeds/{id}/items", "/api/feeds/no-such-feed/items", null, EVERYONE, 404),
                new Row("POST /api/rules/test/extraction", "/api/rules/test/extraction", null, RULES, 200),
                new Row("GET /api/candidates/{id}", "/api/candidates/0", null, EVERYONE, 404),
                new Row("POST /api/candidates/{id}/accept", "/api/candidates/0/accept", "{}", STAFF, 404),
                new Row("POST /api/candidates/{id}/reject", "/api/candidates/0/reject", "{}", STAFF, 400),
                new Row("GET /api/suggestions", "/api/suggestions", null, EVERYONE, 200),
                new Row("GET /api/suggestions/{id}", "/api/suggestions/0", null, EVERYONE, 404),
                new Row("POST /api/suggestions/{id}/confirm", "/api/suggestions/0/confirm", null, STAFF, 404),
                new Row("POST /api/suggestions/{id}/reject", "/api/suggestions/0/reject", "{}", STAFF, 400),
                new Row("GET /api/commitments/{id}/suggestions", "/api/commitments/{commitment}/suggestions", null,
                        EVERYONE, 200),
                new Row("GET /api/vocabulary/resolve", "/api/vocabulary/resolve?scheme=topics&term=UNSC", null,
                        EVERYONE, 200),
                new Row("GET /api/vocabulary/unknown", "/api/vocabulary/unknown", null, EVERYONE, 200),
                new Row("GET /api/vocabulary/{scheme}", "/api/vocabulary/topics?q=defence", null, EVERYONE, 200),
                new Row("GET /api/vocabulary/{scheme}/{id}", "/api/vocabulary/topics/defence", null, EVERYONE, 200),
                Row.page("GET /", "/", EVERYONE, 200),
                Row.page("GET /vocabulary", "/vocabulary?q=korea", EVERYONE, 200),
                new Row("POST /suggestions/{id}/confirm", "/suggestions/0/confirm", null, null, null, STAFF, 404, 303),
                new Row("POST /suggestions/{id}/reject", "/suggestions/0/reject", "reason=off-topic",
                        "application/x-www-form-urlencoded", null, STAFF, 404, 303),
                Row.page("GET /vocabulary/{scheme}/{id}", "/vocabulary/parties/KOR", EVERYONE, 200),
                Row.page("GET /commitments/{id}", "/commitments/{commitment}", EVERYONE, 200),
                Row.page("GET /commitments", "/commitments?status=OVERDUE", EVERYONE, 200),
                Row.page("GET /runs", "/runs", EVERYONE, 200),
                Row.page("GET /rules", "/rules", AUDIT, 200),
                Row.page("GET /alerts", "/alerts", EVERYONE, 200),
                Row.page("GET /sources/{id}/release", "/sources/{source}/release", EVERYONE, 200),
                new Row("POST /sources/{id}/release", "/sources/{source}/release", "text=",
                        "application/x-www-form-urlencoded", null, STAFF, 400, 303),
                Row.page("GET /candidates", "/candidates", EVERYONE, 200),
                Row.page("GET /scorecards", "/scorecards", EVERYONE, 200),
                Row.page("GET /scorecards/report", "/scorecards/report", EVERYONE, 200),
                new Row("POST /candidates/{id}/accept", "/candidates/0/accept", "summary=",
                        "application/x-www-form-urlencoded", null, STAFF, 404, 303),
                new Row("POST /candidates/{id}/reject", "/candidates/0/reject", "reason=late",
                        "application/x-www-form-urlencoded", null, STAFF, 404, 303),
                new Row("GET /alerts/unsubscribe", "/alerts/unsubscribe?token=nonsense", null, null, 404),
                Row.page("GET /rules/file", "/rules/file?path=parameters.yaml", AUDIT, 200),
                new Row("POST /runs", "/runs", "asOf=not-a-date", "application/x-www-form-urlencoded", null, STAFF,
                        400, 303),
                Row.page("GET /overdue.csv", "/overdue.csv", STAFF, 200),
                Row.page("GET /login", "/login", null, 200),
                Row.page("GET /logout", "/logout", null, 303),
                new Row("GET /q/health", "/q/health", null, null, 200),
                new Row("GET /q/health/ready", "/q/health/ready", null, null, 200),
                new Row("GET /q/metrics", "/q/metrics", null, null, 200),
                new Row("GET /q/openapi", "/q/openapi", null, null, 200));
    }

    static Stream<Arguments> everyRowByEveryCaller() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : rows()) {
            for (String caller : CALLERS) {
                cases.add(Arguments.of(row.operation() + " " + row.path().replaceAll("^[^?]*", "")
                        + (row.accept() == null ? "" : " as " + row.accept()), caller, row));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyRowByEveryCaller")
    void eachCallerGetsExactlyTheExpectedStatus(String name, String caller, Row row) {
        RequestSpecification request = (caller.equals(ANONYMOUS) ? given() : as(caller)).redirects().follow(false);
        if (row.accept() != null) {
            request.accept(row.accept());
        }
        if (row.body() != null) {
            request.contentType(row.contentType()).body(row.body());
        }
        String[] operation = row.operation().split(" ");
        Response response = request.request(operation[0], fixtures().resolve(row.path()));
        int expected = row.expectedFor(caller);
        assertThat(response.statusCode()).as("%s by %s: %s", row.operation(), caller, response.asString())
                .isEqualTo(expected);
        if (expected == 401 || expected == 403) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (expected == 303 && row.allowed() != null) {
            assertThat(response.header("Location")).endsWith("/login");
        }
    }

    @Test
    void everyStatusTheMatrixMeetsIsDocumented() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        List<String> undocumented = new ArrayList<>();
        for (Row row : rows()) {
            String[] operation = row.operation().split(" ");
            if (!operation[1].startsWith("/api/")) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) paths.get(operation[1])
                    .get(operation[0].toLowerCase(java.util.Locale.ROOT)).get("responses");
            for (String caller : CALLERS) {
                String status = String.valueOf(row.expectedFor(caller));
                if (!responses.containsKey(status)) {
                    undocumented.add(row.operation() + " answers " + status + " to " + caller);
                }
            }
        }
        assertThat(undocumented).as("statuses answered but not in the OpenAPI document").isEmpty();
    }

    @Test
    void everyEndpointHasARow() {
        Map<String, Map<String, Object>> paths = given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method ->
                documented.add(method.toUpperCase() + " " + path)));
        Set<String> covered = new TreeSet<>();
        rows().forEach(row -> covered.add(row.operation()));
        assertThat(covered).as("rows of the permission matrix").containsAll(documented);
    }

    @Test
    void aForbiddenCallerCannotTellWhetherARecordExists() {
        String version = fixtures().rulesVersion();
        String existing = as(Roles.VIEWER).get("/api/rules/versions/" + version).asString();
        String missing = as(Roles.VIEWER).get("/api/rules/versions/" + "0".repeat(64)).asString();
        assertThat(existing.replace(version, "")).isEqualTo(missing.replace("0".repeat(64), ""));
        given().get("/api/commitments/" + fixtures().commitment()).then().statusCode(401);
        given().get("/api/commitments/no-such-commitment").then().statusCode(401);
    }

    @Test
    void aWrongPasswordIsRefusedWithAProblemAndAChallenge() {
        given().auth().preemptive().basic(Roles.VIEWER, "wrong").get("/api/commitments").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", equalTo("Basic realm=\"commitment-tracker\""));
        given().auth().preemptive().basic("nobody", "nothing").get("/api/commitments").then().statusCode(401);
    }

    @Test
    void apiAnswersCarrySecurityHeadersAndNoCors() {
        as(Roles.VIEWER).header("Origin", "https://elsewhere.example").get("/api/commitments").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anOversizedBodyIsRefused() {
        String huge = "{\"summary\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        int status = as(Roles.STAFF).contentType(ContentType.JSON).body(huge).post("/api/commitments").statusCode();
        assertThat(status).isEqualTo(413);
    }

    static RequestSpecification as(String role) {
        return given().auth().preemptive().basic(role, role);
    }
}
