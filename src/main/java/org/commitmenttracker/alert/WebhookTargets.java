package org.commitmenttracker.alert;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import org.commitmenttracker.http.OutboundTargets;

/**
 * Which URLs webhooks may be sent to: those the service may call ({@link OutboundTargets}), private ones only when
 * tracker.alerts.webhooks.allow-private-targets is on. Checked when subscribing and again before every delivery.
 */
@ApplicationScoped
public class WebhookTargets {

    private final OutboundTargets targets;

    public WebhookTargets(AlertConfig config) {
        this.targets = new OutboundTargets(config.webhooks().allowPrivateTargets());
    }

    /** The URL, if webhooks may be sent to it; otherwise a {@link OutboundTargets.RefusedTarget} saying why. */
    public URI check(String url) {
        return targets.check(url);
    }

    /** The URL and the address a delivery connects to, if webhooks may be sent to it. */
    public OutboundTargets.Target resolve(String url) {
        return targets.resolve(url);
    }
}
