package org.commitmenttracker.security;

import java.time.Duration;

/**
 * Too many wrong passwords for this user name or from this address: try again after {@link #retryAfter()}. Carried
 * as the cause of the AuthenticationFailedException the sign-in fails with, and answered 429 with Retry-After.
 */
public class TooManySignInAttempts extends RuntimeException {

    private final Duration retryAfter;

    public TooManySignInAttempts(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
