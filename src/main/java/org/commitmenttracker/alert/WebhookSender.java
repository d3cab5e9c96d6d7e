package org.commitmenttracker.alert;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;


import org.commitmenttracker.http.OutboundTargets;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * POSTs one delivery, signed, and says how it went. It connects to the address the target check resolved and
 * approved, never looking the name up again (a name that resolves to a public address when checked and to an
 * internal one a moment later cannot redirect it), while the Host header, TLS server name and certificate check use
 * the URL's host. Redirects are not followed: a target that moved must be changed by its owner, and following one
 * could lead to an address the target check refuses.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY_HEADER = "X-Tracker-Delivery";

    private final Duration timeout;
    private final HttpClient client;

    public WebhookSender(AlertConfig config, Vertx vertx) {
        this.timeout = config.webhooks().timeout();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout((int) timeout.toMillis())
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** An attempt's result: the status when the target answered, and an error unless it answered 2xx. */
    public record Attempt(Integer status, String error) {
        public boolean delivered() {
            return error == null;
        }
    }

    public Attempt send(OutboundTargets.Target target, String secret, WebhookDelivery delivery) {
        byte[] body = delivery.payload.getBytes(StandardCharsets.UTF_8);
        try {
            int status = client.request(request(target, secret, delivery, body))
                    .compose(request -> request.send(Buffer.buffer(body)))
                    // end(): wait for the answer to finish without keeping its body (no handler, nothing buffered)
                    .compose(response -> response.end().map(ended -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            return new Attempt(status, status / 100 == 2 ? null : "the target answered HTTP " + status);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Attempt(null, cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                    : ": " + cause.getMessage()));
        } catch (TimeoutException e) {
            return new Attempt(null, "no answer within " + timeout.multipliedBy(2).toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted while sending");
        }
    }

    private RequestOptions request(OutboundTargets.Target target, String secret, WebhookDelivery delivery,
                                   byte[] body) {
        URI uri = target.uri();
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new RequestOptions().setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), port)))
                .setHost(host).setPort(port).setSsl(tls).setURI(path)
                .setFollowRedirects(false).setIdleTimeout(timeout.toMillis())
                .putHeader("Content-Type", WebhookEvents.MEDIA_TYPE + "; charset=utf-8")
                .putHeader("User-Agent", "commitment-tracker-webhooks")
                .putHeader(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                .putHeader(DELIVERY_HEADER, String.valueOf(delivery.id));
    }
}
