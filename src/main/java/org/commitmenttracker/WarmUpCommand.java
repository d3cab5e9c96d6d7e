package org.commitmenttracker;

import io.quarkus.runtime.QuarkusApplication;

/**
 * {@code warm-up}: starts the service in full (users stored, rules compiled, seeds loaded, the first evaluation made,
 * the web server listening) and exits 0 at once. {@code ./mvnw package} runs it on a scratch copy of rules/ and seeds/
 * with the JVM recording every class it loads into {@code target/app-cds.jsa}, the class-data archive that the run
 * command hands to later starts, which then map those classes instead of loading and verifying them again (see
 * docs/performance.md). A start that fails exits 1, which fails the build: the packaged jar is known to start.
 */
public class WarmUpCommand implements QuarkusApplication {

    public static final String NAME = "warm-up";

    @Override
    public int run(String... args) {
        System.out.println("warm-up: the service started; stopping");
        return 0;
    }
}
