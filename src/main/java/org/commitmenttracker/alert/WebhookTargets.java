package org.commitmenttracker.alert;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.commitmenttracker.TrackerConfig;

/**
 * Which URLs webhooks may be sent to: absolute http or https URLs without credentials, whose host resolves to public
 * addresses only, so that a subscription cannot make the service call into its own network (loopback, private,
 * link-local such as cloud metadata, shared, multicast), unless configuration allows it. Checked when subscribing
 * and again before every delivery, since a name may resolve elsewhere later.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(TrackerConfig config) {
        this(config.alerts().webhooks().allowPrivateTargets());
    }

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The URL, if webhooks may be sent to it; otherwise a {@link RefusedTarget} saying why. */
    public URI check(String url) {
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
        for (InetAddress address : resolve(uri.getHost())) {
            if (!allowPrivate && !isPublic(address)) {
                throw new RefusedTarget("resolves to " + address.getHostAddress() + ", which is not a public address");
            }
        }
        return uri;
    }

    static boolean isPublic(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first != 0 // "this network"
                && !(first == 100 && second >= 64 && second < 128) // 100.64/10, shared (carrier-grade NAT)
                && !(first == 198 && (second == 18 || second == 19)) // 198.18/15, benchmarking
                && first < 240; // reserved and broadcast
    }

    private static URI parse(String url) {
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("is not a URL: " + e.getReason());
        }
    }

    private static InetAddress[] resolve(String host) {
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
