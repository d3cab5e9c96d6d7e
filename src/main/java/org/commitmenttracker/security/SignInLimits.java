package org.commitmenttracker.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How passwords checked once are remembered, and how many wrong ones are tolerated before callers must wait. */
@ConfigMapping(prefix = "tracker.sign-in")
public interface SignInLimits {

    /** How long a user name and password that verified are accepted without checking the bcrypt hash again. */
    @WithDefault("2m")
    Duration rememberVerified();

    /** Failed sign-ins counted over this window; a caller over a limit waits until its window ends (429). */
    @WithDefault("5m")
    Duration failureWindow();

    /** Failed sign-ins allowed per user name within the window, from any address. */
    @WithDefault("10")
    int failuresPerUser();

    /** Failed sign-ins allowed per client address within the window, for any user name. */
    @WithDefault("50")
    int failuresPerAddress();
}
