package org.commitmenttracker.alert;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Which URLs webhooks may be sent to: absolute http or https URLs without credentials, whose host resolves to public
 * addresses only, so that a subscription cannot make the service call into its own network (loopback, private,
 * link-local such as cloud metadata, shared, multicast, documentation, IPv4 hidden in IPv6: see
 * {@link GlobalAddresses}), unless configuration allows it. Checked when subscribing and again before every delivery,
 * since a name may resolve elsewhere later; the delivery then connects to the address that was checked.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(AlertConfig config) {
        this(config.webhooks().allowPrivateTargets());
    }

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * A URL webhooks may be sent to, with the address its host resolved to when it was checked: the delivery connects
     * to that address, not to whatever a second lookup would answer.
     */
    public record Target(URI uri, InetAddress address) {
    }

    /** The URL, if webhooks may be sent to it; otherwise a {@link RefusedTarget} saying why. */
    public URI check(String url) {
        return resolve(url).uri();
    }

    /** The URL and the address to connect to, if webhooks may be sent to it; otherwise a {@link RefusedTarget}. */
    public Target resolve(String url) {
        URI uri = parse(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RefusedTarget("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RefusedTarget("must name a host");
        }
        if (uri.getUserInfo() != null) {
            throw new RefusedTarget("must not carry a user name or password");
        }
        InetAddress[] addresses = lookUp(uri.getHost());
        for (InetAddress address : addresses) {
            if (!allowPrivate && !GlobalAddresses.isGlobal(address)) {
                throw new RefusedTarget("resolves to " + address.getHostAddress() + ", which is not a public address");
            }
        }
        return new Target(uri, addresses[0]);
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a URL: " + e.getReason());
        }
    }

    private static InetAddress[] lookUp(String host) {
        try {
            return InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new RefusedTarget("names a host that does not resolve: " + host);
        }
    }

    /** A URL webhooks may not be sent to, and why. */
    public static class RefusedTarget extends RuntimeException {
        RefusedTarget(String reason) {
            super(reason);
        }
    }
}
