package org.commitmenttracker.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready once a fatal error was met: the instance may have lost threads (the scheduler's) or its database, so a
 * load balancer should stop sending it work and its operator restart it.
 */
@Readiness
@ApplicationScoped
public class FatalErrorsHealth implements HealthCheck {

    private final FatalErrors errors;

    public FatalErrorsHealth(FatalErrors errors) {
        this.errors = errors;
    }

    @Override
    public HealthCheckResponse call() {
        return errors.first()
                .map(fatal -> HealthCheckResponse.named("fatal-errors").down().withData("error", fatal.error())
                        .withData("where", fatal.where()).withData("at", fatal.at().toString()).build())
                .orElseGet(() -> HealthCheckResponse.named("fatal-errors").up().build());
    }
}
