package org.commitmenttracker.evaluation;

import java.net.URI;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * A closed-loop load generator on Vert.x's HTTP client: N clients on their own keep-alive connections, each sending
 * its next request when the previous answer has arrived. One event loop drives them all and pooled buffers carry the
 * bytes, so the generator takes little of the CPU and heap it shares with the service it measures (the JDK's
 * HttpClient, used before, allocated a third of the JVM's memory: a fresh 16 KB buffer per read).
 */
public final class ListingLoad implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    private final HttpClient http;
    private final MultiMap headers = MultiMap.caseInsensitiveMultiMap();

    public ListingLoad(URI base, int clients) {
        http = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort()).setKeepAlive(true).setMaxPoolSize(clients));
    }

    /** Signs in with the form once; every later request carries the session cookie. */
    public void signIn(String user, String password) throws Exception {
        HttpClientResponse response = await(http.request(new RequestOptions().setMethod(HttpMethod.POST)
                        .setURI("/j_security_check").putHeader("Content-Type", "application/x-www-form-urlencoded"))
                .compose(request -> request.send(Buffer.buffer("j_username=" + user + "&j_password=" + password))));
        String cookie = response.cookies().stream().map(c -> c.split(";", 2)[0]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie after signing in: HTTP "
                        + response.statusCode()));
        headers.set("Cookie", cookie);
    }

    public void header(String name, String value) {
        headers.set(name, value);
    }

    /** One request: its status, headers and body. */
    public record Answer(int status, MultiMap headers, String body) {
    }

    public Answer get(String uri) throws Exception {
        return await(http.request(HttpMethod.GET, uri).compose(this::send)
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(),
                        response.headers(), body.toString()))));
    }

    /** Every client asks for the URI in a loop for the given seconds; the latencies in microseconds, sorted. */
    public long[] loop(String uri, int clients, long seconds, int expectedStatus) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Latencies latencies = new Latencies();
        CompletableFuture<?>[] done = new CompletableFuture<?>[clients];
        for (int i = 0; i < clients; i++) {
            done[i] = new CompletableFuture<Void>();
            CompletableFuture<?> finished = done[i];
            vertx.runOnContext(v -> next(uri, until, expectedStatus, latencies, finished));
        }
        CompletableFuture.allOf(done).get(seconds + 60, TimeUnit.SECONDS);
        return latencies.sorted();
    }

    private void next(String uri, long until, int expected, Latencies latencies, CompletableFuture<?> finished) {
        long sent = System.nanoTime();
        if (sent >= until) {
            finished.complete(null);
            return;
        }
        http.request(HttpMethod.GET, uri).compose(this::send)
                .compose(response -> response.end().map(v -> response.statusCode()))
                .onFailure(finished::completeExceptionally)
                .onSuccess(status -> {
                    if (status != expected) {
                        finished.completeExceptionally(new IllegalStateException("HTTP " + status));
                        return;
                    }
                    latencies.add((System.nanoTime() - sent) / 1_000);
                    next(uri, until, expected, latencies, finished);
                });
    }

    private Future<HttpClientResponse> send(HttpClientRequest request) {
        request.headers().addAll(headers);
        return request.send();
    }

    private static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        await(http.close());
        await(vertx.close());
    }

    /** Latencies recorded on the one event loop, so without locking. */
    private static final class Latencies {
        private long[] values = new long[1 << 16];
        private int size;

        void add(long micros) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = micros;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }
}
