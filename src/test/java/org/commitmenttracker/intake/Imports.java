package org.commitmenttracker.intake;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import org.awaitility.Awaitility;

import io.restassured.path.json.JsonPath;

/** Sending files to POST /api/imports and waiting for them to finish, for the REST tests. */
public final class Imports {

    private Imports() {
    }

    public static io.restassured.response.Response send(String format, byte[] body, String... query) {
        var request = given().contentType("application/octet-stream").queryParam("format", format).body(body);
        for (int i = 0; i + 1 < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return request.post("/api/imports");
    }

    /** Polls the import until it ended, succeeded or failed and rolled back (at most 60 s); returns its last view. */
    public static JsonPath awaitFinished(long id) {
        return awaitFinished(id, 60);
    }

    /** Polls the import until it is no longer running (at most the given seconds) and returns its last view. */
    public static JsonPath awaitFinished(long id, long seconds) {
        return awaitFinished(id, seconds, Duration.ofMillis(50));
    }

    /** Polls the import every {@code pause} until it is no longer running (at most the given seconds). */
    public static JsonPath awaitFinished(long id, long seconds, Duration pause) {
        return Awaitility.await("import " + id + " to finish").atMost(Duration.ofSeconds(seconds)).pollInterval(pause)
                .until(() -> given().get("/api/imports/{id}", id).then().statusCode(200).extract().jsonPath(),
                        view -> !"RUNNING".equals(view.getString("status"))
                                && !"ROLLING_BACK".equals(view.getString("status")));
    }

    /** Sends the file, expects 202 and waits for the import to finish. */
    public static JsonPath run(String format, byte[] body, String... query) {
        long id = send(format, body, query).then().statusCode(202).extract().jsonPath().getLong("id");
        return awaitFinished(id);
    }
}
