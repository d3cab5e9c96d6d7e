package org.commitmenttracker.feed;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.OutboundTargets;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * GETs what a feed names, politely and safely: every address (the first and each redirect's, at most five) passes
 * the same check as webhook targets and is connected to as checked; one request at a time per host with a gap
 * between them; a User-Agent naming the service; a connect and a whole-answer timeout; answers larger than the limit
 * are cut off and refused. An ETag or Last-Modified from the previous answer makes the request conditional.
 */
@ApplicationScoped
public class FeedFetcher {

    private static final int MAX_REDIRECTS = 5;

    private final FeedConfig config;
    private final OutboundTargets targets;
    private final HttpClient client;
    private final HostGaps gaps;

    public FeedFetcher(FeedConfig config, Vertx vertx) {
        this.config = config;
        this.targets = new OutboundTargets(config.allowPrivateTargets());
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setVerifyHost(true).setTryUseCompression(true));
        this.gaps = new HostGaps(config.hostGap());
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** An answer: 200 with its body and validators, or 304 (not modified) with none. */
    public record Fetched(int status, byte[] body, String etag, String lastModified) {
        public boolean notModified() {
            return status == 304;
        }
    }

    /** A request that gave no usable answer, and why. */
    public static class FetchFailed extends RuntimeException {
        public FetchFailed(String reason) {
            super(reason);
        }
    }

    /** The URL's answer, following redirects; a {@link FetchFailed} unless it is 200 or 304. */
    public Fetched get(String url, String etag, String lastModified) {
        String current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            OutboundTargets.Target target;
            try {
                target = targets.resolve(current);
            } catch (OutboundTargets.RefusedTarget e) {
                throw new FetchFailed(current + " " + e.getMessage());
            }
            Answer answer = gaps.politely(target.uri().getHost(), () -> once(target, etag, lastModified));
            if (answer.location() == null) {
                if (answer.status() != 200 && answer.status() != 304) {
                    throw new FetchFailed(current + " answered HTTP " + answer.status());
                }
                return new Fetched(answer.status(), answer.body(), answer.etag(), answer.lastModified());
            }
            current = target.uri().resolve(answer.location()).toString();
        }
        throw new FetchFailed(url + " redirected more than " + MAX_REDIRECTS + " times");
    }

    private record Answer(int status, byte[] body, String etag, String lastModified, String location) {
    }

    private Answer once(OutboundTargets.Target target, String etag, String lastModified) {
        Duration deadline = config.readTimeout();
        Promise<Answer> answer = Promise.promise();
        client.request(options(target, etag, lastModified)).onComplete(requested -> {
            if (requested.failed()) {
                answer.tryFail(requested.cause());
                return;
            }
            HttpClientRequest request = requested.result();
            // Handlers are set when the headers arrive, before any of the body or its end is handled.
            request.response(response -> {
                if (response.failed()) {
                    answer.tryFail(response.cause());
                } else {
                    read(response.result(), answer);
                }
            });
            request.end();
        });
        try {
            return answer.future().toCompletionStage().toCompletableFuture()
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw cause instanceof FetchFailed f ? f : new FetchFailed(target.uri() + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (TimeoutException e) {
            throw new FetchFailed(target.uri() + " gave no whole answer within " + deadline.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailed("interrupted while fetching " + target.uri());
        }
    }

    private void read(HttpClientResponse response, Promise<Answer> answer) {
        int status = response.statusCode();
        String location = status / 100 == 3 && status != 304 ? response.getHeader("Location") : null;
        long limit = config.maxDownloadBytes();
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            response.request().reset();
            answer.tryFail(new FetchFailed(response.request().absoluteURI() + " is " + declared
                    + " bytes long; at most " + limit + " are accepted (tracker.feeds.max-download-bytes)"));
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > limit) {
                response.request().reset();
                answer.tryFail(new FetchFailed(response.request().absoluteURI() + " is longer than " + limit
                        + " bytes (tracker.feeds.max-download-bytes)"));
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(answer::tryFail);
        response.endHandler(ended -> answer.tryComplete(new Answer(status, body.getBytes(), response.getHeader("ETag"),
                response.getHeader("Last-Modified"), location)));
    }

    private RequestOptions options(OutboundTargets.Target target, String etag, String lastModified) {
        URI uri = target.uri();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), port)))
                .setHost(host).setPort(port).setSsl(tls).setURI(path).setFollowRedirects(false)
                .setIdleTimeout(config.connectTimeout().toMillis())
                .putHeader("User-Agent", config.userAgent());
        if (etag != null) {
            options.putHeader("If-None-Match", etag);
        }
        if (lastModified != null) {
            options.putHeader("If-Modified-Since", lastModified);
        }
        return options;
    }
}
