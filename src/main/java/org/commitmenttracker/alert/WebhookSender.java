package org.commitmenttracker.alert;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.TrackerConfig;

/**
 * POSTs one delivery, signed, and says how it went. Redirects are not followed: a target that moved must be
 * changed by its owner, and following one could lead to an address the target check refuses.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String DELIVERY_HEADER = "X-Tracker-Delivery";

    private final Duration timeout;
    private final HttpClient client;

    public WebhookSender(TrackerConfig config) {
        this.timeout = config.alerts().webhooks().timeout();
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** An attempt's result: the status when the target answered, and an error unless it answered 2xx. */
    public record Attempt(Integer status, String error) {
        public boolean delivered() {
            return error == null;
        }
    }

    public Attempt send(URI target, String secret, WebhookDelivery delivery) {
        byte[] body = delivery.payload.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout)
                .header("Content-Type", WebhookEvents.MEDIA_TYPE + "; charset=utf-8")
                .header("User-Agent", "commitment-tracker-webhooks")
                .header(WebhookSignature.HEADER, WebhookSignature.of(secret, body))
                .header(DELIVERY_HEADER, String.valueOf(delivery.id))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new Attempt(status, status / 100 == 2 ? null : "the target answered HTTP " + status);
        } catch (IOException e) {
            return new Attempt(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(null, "interrupted while sending");
        }
    }
}
