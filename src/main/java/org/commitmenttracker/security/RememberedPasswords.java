package org.commitmenttracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.jpa.runtime.JpaIdentityProvider;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Checks a user name and password before the stored users' provider (security-jpa, bcrypt) does: a pair that
 * verified within tracker.sign-in.remember-verified is accepted from memory, keyed by a SHA-256 of the pair (the
 * password itself is never kept), so that a script using HTTP Basic does not pay ~100 ms of bcrypt per call. A
 * caller with too many recent failures, by user name or address, is refused with 429 before any bcrypt is run.
 * Users change only at start (configuration), so a changed password is honoured within the remember window.
 */
@ApplicationScoped
@Unremovable
public class RememberedPasswords implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final Instance<JpaIdentityProvider> storedUsers;
    private final SignInThrottle throttle;
    private final Cache<String, SecurityIdentity> verified;
    private final MeterRegistry metrics;

    public RememberedPasswords(Instance<JpaIdentityProvider> storedUsers, SignInThrottle throttle,
                               SignInLimits limits, MeterRegistry metrics) {
        this.storedUsers = storedUsers;
        this.throttle = throttle;
        this.metrics = metrics;
        this.verified = Caffeine.newBuilder().expireAfterWrite(limits.rememberVerified()).maximumSize(10_000)
                .build();
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Before security-jpa's provider (priority 1001 in Quarkus 3.33), which it calls on a miss. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        String user = request.getUsername();
        String key = keyOf(user, new String(request.getPassword().getPassword()));
        SecurityIdentity known = verified.getIfPresent(key);
        if (known != null) {
            count("remembered");
            return Uni.createFrom().item(known);
        }
        String address = addressOf(request);
        Instant now = Instant.now();
        var wait = throttle.waitFor(user, address, now);
        if (wait.isPresent()) {
            count("throttled");
            TooManySignInAttempts tooMany = new TooManySignInAttempts(wait.get());
            return Uni.createFrom().failure(new AuthenticationFailedException(tooMany.getMessage(), tooMany));
        }
        return storedUsers.get().authenticate(request, context)
                .onItem().transform(identity -> {
                    SecurityIdentity remembered = withoutCredentials(identity);
                    verified.put(key, remembered);
                    count("verified");
                    return remembered;
                })
                .onFailure(AuthenticationFailedException.class).invoke(failure -> {
                    throttle.failed(user, address, now);
                    count("refused");
                });
    }

    /** The identity without the password credential the stored users' provider puts in it: nothing keeps it. */
    private static SecurityIdentity withoutCredentials(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal())
                .addRoles(identity.getRoles()).addAttributes(identity.getAttributes())
                .setAnonymous(identity.isAnonymous()).build();
    }

    private void count(String result) {
        metrics.counter("tracker.sign-ins", "result", result).increment();
    }

    private static String addressOf(UsernamePasswordAuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return routing == null || routing.request().remoteAddress() == null ? "unknown"
                : routing.request().remoteAddress().hostAddress();
    }

    private static String keyOf(String user, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
