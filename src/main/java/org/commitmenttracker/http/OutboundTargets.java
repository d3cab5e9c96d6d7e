package org.commitmenttracker.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Which URLs the service may call on a user's word (webhooks, feeds): absolute http or https URLs without
 * credentials, whose host resolves to public addresses only, so that a user cannot make the service call into its own
 * network (loopback, private, link-local such as cloud metadata, shared, multicast, documentation, IPv4 hidden in
 * IPv6: see {@link GlobalAddresses}), unless configuration allows it. Checked when the URL is given and again before
 * every call, since a name may resolve elsewhere later; the call then connects to the address that was checked.
 */
public final class OutboundTargets {

    private final boolean allowPrivate;

    public OutboundTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * A URL the service may call, with the address its host resolved to when it was checked: the call connects to
     * that address, not to whatever a second lookup would answer.
     */
    public record Target(URI uri, InetAddress address) {
    }

    /** The URL, if the service may call it; otherwise a {@link RefusedTarget} saying why. */
    public URI check(String url) {
        return resolve(url).uri();
    }

    /** The URL and the address to connect to, if the service may call it; otherwise a {@link RefusedTarget}. */
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

    /** A URL the service may not call, and why. */
    public static class RefusedTarget extends RuntimeException {
        public RefusedTarget(String reason) {
            super(reason);
        }
    }
}
