package org.commitmenttracker;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Request bodies for the REST tests, with unique ids, topics and parties so that tests never see each other's data. */
public final class TestData {

    /** The user the REST tests act as (with every role), unless a test signs in as someone else. */
    public static final String USER = "tester";

    private TestData() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String uniqueTopic() {
        return unique("topic");
    }

    /** An upper-case party code nobody else uses, e.g. "QX3F9A1B2". */
    public static String uniqueParty() {
        return "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    public static Map<String, Object> source(String id) {
        Map<String, Object> source = new HashMap<>();
        source.put("id", id);
        source.put("publisher", "Ministry of Tests");
        source.put("statedOn", "2021-01-07");
        source.put("title", "A release written for a test");
        return source;
    }

    /** Posts a new source and returns its id. */
    public static String createSource() {
        String id = unique("src");
        given().contentType(ContentType.JSON).body(source(id)).post("/api/sources").then().statusCode(201);
        return id;
    }

    /** Posts a new source signed in with HTTP Basic as the test user of that name (its password is its name). */
    public static String createSourceAs(String user) {
        String id = unique("src");
        given().auth().preemptive().basic(user, user).contentType(ContentType.JSON).body(source(id))
                .post("/api/sources").then().statusCode(201);
        return id;
    }

    /** A one-off commitment by the parties, due by the deadline, counting meetings on the topic they both attend. */
    public static Map<String, Object> oneOff(String sourceId, String topic, List<String> parties, String deadline) {
        Map<String, Object> c = new HashMap<>();
        c.put("id", unique("c"));
        c.put("sourceId", sourceId);
        c.put("statedOn", "2021-01-07");
        c.put("actors", parties);
        c.put("kind", "ONE_OFF");
        c.put("summary", "The parties promised to meet once.");
        c.put("quote", "agreed to meet");
        c.put("topics", List.of(topic));
        c.put("deadline", deadline);
        c.put("evidence", Map.of("eventTypes", List.of("meeting")));
        return c;
    }

    public static Map<String, Object> event(String date, String type, List<String> participants, String topic) {
        Map<String, Object> e = new HashMap<>();
        e.put("id", unique("e"));
        e.put("date", date);
        e.put("type", type);
        e.put("title", "A " + type + " for a test");
        e.put("participants", participants);
        e.put("topics", List.of(topic));
        e.put("citation", "https://example.org/test");
        return e;
    }
}
